using PartnerPortal.Domain.Training;

namespace PartnerPortal.Domain.Tests.Training;

public class AttemptRulesTests
{
    [Theory]
    // attempts so far, limit, can start?, attempts left
    [InlineData(0, null, true, null)]   // no limit
    [InlineData(25, null, true, null)]
    [InlineData(0, 3, true, 3)]
    [InlineData(2, 3, true, 1)]         // the last one
    [InlineData(3, 3, false, 0)]        // used up
    [InlineData(5, 3, false, 0)]        // the limit was lowered after five attempts: none left, not −2
    [InlineData(0, 1, true, 1)]
    [InlineData(1, 1, false, 0)]
    public void An_attempt_can_start_while_attempts_are_left(int soFar, int? limit, bool canStart, int? left)
    {
        Assert.Equal(canStart, AttemptRules.CanStartAttempt(soFar, limit));
        Assert.Equal(left, AttemptRules.AttemptsLeft(soFar, limit));
    }

    [Fact]
    public void A_negative_count_of_attempts_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AttemptRules.CanStartAttempt(-1, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => AttemptRules.AttemptsLeft(-1, null));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void A_limit_below_one_is_refused(int limit)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AttemptRules.CanStartAttempt(0, limit));
    }
}
