namespace PartnerPortal.Domain.Rebates;

/// <summary>
/// The periods a policy version's cost can be previewed for: its own periods that have begun (the running one shows the
/// purchases so far) and the last complete periods before today, so that a draft starting later can be tried on what
/// partners bought recently. Newest first.
/// </summary>
public static class RebatePreviewPeriods
{
    /// <summary>At most this many periods are offered.</summary>
    public const int MaxOffered = 24;

    /// <summary>The last complete period: what the preview shows unless another is picked.</summary>
    public static RebatePeriod Default(RebatePeriodType type, DateOnly today) => RebatePeriod.Containing(type, today).Previous();

    /// <param name="startsOn">The first day of the policy's first version.</param>
    /// <param name="endsOn">The last day of this version.</param>
    public static IReadOnlyList<RebatePeriod> Offered(RebatePeriodType type, DateOnly startsOn, DateOnly endsOn, DateOnly today)
    {
        var recent = new List<RebatePeriod>();
        for (var p = Default(type, today); recent.Count < Recent(type); p = p.Previous()) recent.Add(p);
        var last = endsOn < today ? endsOn : today;
        IEnumerable<RebatePeriod> own = last < startsOn ? [] : RebatePeriod.Between(type, startsOn, last);
        return own.Concat(recent).Distinct().OrderByDescending(p => p.Start).Take(MaxOffered).ToList();
    }

    /// <summary>A year of recent months or quarters; two years of years.</summary>
    private static int Recent(RebatePeriodType type) => type switch
    {
        RebatePeriodType.Month => 12,
        RebatePeriodType.Quarter => 4,
        _ => 2,
    };
}
