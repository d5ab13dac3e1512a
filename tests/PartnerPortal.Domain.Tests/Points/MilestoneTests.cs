using PartnerPortal.Domain.Points;

namespace PartnerPortal.Domain.Tests.Points;

public class MilestoneTests
{
    /// <summary>100 points per ¥100,000 shipped.</summary>
    private static MilestoneAward Award(decimal shipped, params int[] alreadyAwarded) =>
        PointsRules.MilestonesToAward(shipped, 100, 100_000m, alreadyAwarded);

    public static TheoryData<decimal, int[], int[], int> Table => new()
    {
        // shipped,     already awarded, new steps,                        points
        { 250_000m,     [],              [1, 2],                           200 },   // two thresholds crossed
        { 250_000m,     [1],             [2],                              100 },   // the example
        { 250_000m,     [1, 2],          [],                               0 },     // nothing new
        { 99_999.99m,   [],              [],                               0 },     // a cent short of the first
        { 100_000m,     [],              [1],                              100 },   // exactly on the threshold
        { 100_000.01m,  [],              [1],                              100 },
        { 0m,           [],              [],                               0 },
        { -5_000m,      [],              [],                               0 },     // returns exceed shipments
        { 300_000m,     [2],             [1, 3],                           200 },   // a gap is filled, 2 not again
        { 150_000m,     [1, 2, 3],       [],                               0 },     // shipped fell after returns: nothing is taken back
        { 1_000_000m,   [],              [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],  1_000 },
        { 1_050_000m,   [1, 2, 3, 4, 5, 6, 7, 8, 9], [10],                 100 },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Each_threshold_crossed_is_awarded_once(decimal shipped, int[] alreadyAwarded, int[] steps, int points)
    {
        var award = Award(shipped, alreadyAwarded);

        Assert.Equal(steps, award.Steps);
        Assert.Equal(points, award.Points);
    }

    [Fact]
    public void Other_step_sizes_and_points_work_the_same()
    {
        // 30 points per ¥50,000: ¥175,000 crosses 50k, 100k and 150k → steps 1–3; 1 was paid → 2 and 3, 60 points.
        var award = PointsRules.MilestonesToAward(175_000m, 30, 50_000m, [1]);

        Assert.Equal([2, 3], award.Steps);
        Assert.Equal(60, award.Points);
    }

    [Fact]
    public void Awarding_the_result_and_asking_again_gives_nothing()
    {
        var first = Award(250_000m);
        var second = Award(250_000m, [.. first.Steps]);

        Assert.Empty(second.Steps);
        Assert.Equal(0, second.Points);
    }

    [Theory]
    [InlineData(0, 100_000)]
    [InlineData(-100, 100_000)]
    [InlineData(100, 0)]
    [InlineData(100, -100_000)]
    public void Steps_and_points_per_step_must_be_more_than_zero(int pointsPerStep, int stepAmount)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PointsRules.MilestonesToAward(250_000m, pointsPerStep, stepAmount, []));
    }
}
