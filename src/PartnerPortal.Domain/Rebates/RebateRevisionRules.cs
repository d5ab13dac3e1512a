using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Rebates;

/// <summary>
/// Where a revision of an active version may start. An ended period may already be settled, and a closed period's
/// accruals never change when a policy is revised (DESIGN rule 7): a revision starts in the period running today or a
/// later one, inside the dates of the version it replaces. Checked when the revision is saved and again when it is
/// activated, as time may have moved on in between.
/// </summary>
public static class RebateRevisionRules
{
    /// <summary>The first day a revision may start on: the running period's first day, or the version's own if it begins later.</summary>
    public static DateOnly EarliestStart(RebatePeriodType type, DateOnly versionStartsOn, DateOnly today)
    {
        var current = RebatePeriod.Containing(type, today).Start;
        return current < versionStartsOn ? versionStartsOn : current;
    }

    /// <summary>
    /// Null when a revision may start on <paramref name="startsOn"/> (a period's first day); otherwise the problem, naming
    /// the period it falls in and the first period it may start in.
    /// </summary>
    /// <param name="settledPeriodStarts">First days of the policy's periods with a settled accrual.</param>
    public static Problem? CheckStart(RebatePeriodType type, DateOnly startsOn, DateOnly versionStartsOn, DateOnly versionEndsOn, DateOnly today,
        IReadOnlySet<DateOnly> settledPeriodStarts)
    {
        ArgumentNullException.ThrowIfNull(settledPeriodStarts);
        const string field = nameof(RebatePolicyDraft.StartsOn);
        var earliest = EarliestStart(type, versionStartsOn, today);
        if (earliest > versionEndsOn) return new Problem(ProblemCodes.RevisionAfterEnd, field, RebatePeriod.Containing(type, versionEndsOn).Label);

        var first = RebatePeriod.Containing(type, earliest).Label;
        var period = RebatePeriod.Containing(type, startsOn);
        if (period.IsClosedOn(today))
            return new Problem(settledPeriodStarts.Contains(period.Start) ? ProblemCodes.RevisionInSettledPeriod : ProblemCodes.RevisionInEndedPeriod,
                field, period.Label, first);
        if (startsOn < versionStartsOn || startsOn > versionEndsOn)
            return new Problem(ProblemCodes.InvalidRevisionDate, field, first, RebatePeriod.Containing(type, versionEndsOn).Label);
        return null;
    }
}
