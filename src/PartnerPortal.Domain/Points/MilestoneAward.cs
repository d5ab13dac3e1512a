namespace PartnerPortal.Domain.Points;

/// <summary>The purchase thresholds newly reached in a period and the points they earn together.</summary>
/// <param name="Steps">1-based threshold numbers, ascending: step 2 of ¥100,000 steps is reached at ¥200,000.</param>
public sealed record MilestoneAward(IReadOnlyList<int> Steps, int Points)
{
    public static MilestoneAward None { get; } = new([], 0);
}
