using PartnerPortal.Domain.Points;

namespace PartnerPortal.Domain.Tests.Points;

public class CoursePointsTests
{
    [Theory]
    // already credited for this user and course, points on passing, points due now
    [InlineData(false, 50, 50)]   // first pass
    [InlineData(true, 50, 0)]     // passing again earns nothing
    [InlineData(false, 0, 0)]     // a course worth no points
    [InlineData(true, 0, 0)]
    public void A_course_pays_its_points_once_per_user(bool alreadyCredited, int pointsOnPassing, int due)
    {
        Assert.Equal(due, PointsRules.CoursePointsDue(alreadyCredited, pointsOnPassing));
    }

    [Fact]
    public void Negative_points_on_passing_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PointsRules.CoursePointsDue(false, -1));
    }

    [Theory]
    // kind, points, sign valid?
    [InlineData(PointsEntryKind.CoursePassed, 50, true)]
    [InlineData(PointsEntryKind.CoursePassed, 0, false)]
    [InlineData(PointsEntryKind.CoursePassed, -50, false)]
    [InlineData(PointsEntryKind.PurchaseMilestone, 100, true)]
    [InlineData(PointsEntryKind.PurchaseMilestone, -100, false)]
    [InlineData(PointsEntryKind.ManualAward, 20, true)]
    [InlineData(PointsEntryKind.ManualAward, -20, true)]      // a correction
    [InlineData(PointsEntryKind.ManualAward, 0, false)]
    [InlineData(PointsEntryKind.Redemption, -300, true)]      // spending takes points off
    [InlineData(PointsEntryKind.Redemption, 300, false)]
    [InlineData(PointsEntryKind.Redemption, 0, false)]
    [InlineData(PointsEntryKind.RedemptionReversed, 300, true)] // a rejected redemption gives them back
    [InlineData(PointsEntryKind.RedemptionReversed, -300, false)]
    public void Each_kind_of_ledger_entry_has_its_sign(PointsEntryKind kind, int points, bool valid)
    {
        Assert.Equal(valid, PointsRules.HasValidSign(kind, points));
    }
}
