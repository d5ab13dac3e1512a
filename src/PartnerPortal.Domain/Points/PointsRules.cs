using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Points;

/// <summary>
/// The rules of a partner's points ledger. Points are whole numbers; the balance never goes below zero, whatever
/// is spent or corrected; each reason to earn pays once (a course once per user, a purchase threshold once per period).
/// </summary>
public static class PointsRules
{
    /// <summary>The most a manual award may give or take in one entry: a typo's extra zeros are caught, and sums stay far from overflow.</summary>
    public const int MaxManualPoints = 1_000_000;

    public const string PointsField = "Points";
    public const string ReasonField = "Reason";

    /// <summary>A positive cost the balance covers; spending down to exactly zero is allowed.</summary>
    public static bool CanSpend(int balance, int cost) => cost > 0 && cost <= balance;

    /// <summary>Only a dealer spends the partner's points; a trainee earns but does not spend, and brand staff have none.</summary>
    public static bool CanRedeem(string role) => role == PortalRoles.Dealer;

    /// <summary>
    /// What stops the redemption, or null when it may go ahead. Checked in the order the user would have to fix
    /// them: who is asking, the reward's cost, its stock, then the balance.
    /// </summary>
    public static Problem? CheckRedemption(RedemptionRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (!CanRedeem(r.Role)) return new Problem(ProblemCodes.RoleCannotRedeem, nameof(r.Role));
        if (r.PointsCost <= 0) return new Problem(ProblemCodes.AmountNotPositive, nameof(r.PointsCost));
        if (r.RewardStock is <= 0) return new Problem(ProblemCodes.RewardOutOfStock, nameof(r.RewardStock));
        if (!CanSpend(r.Balance, r.PointsCost)) return new Problem(ProblemCodes.InsufficientPoints, nameof(r.PointsCost), r.PointsCost, r.Balance);
        return null;
    }

    /// <summary>The course's points on the user's first pass; nothing once they were credited, however often it is passed again.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative points on passing.</exception>
    public static int CoursePointsDue(bool alreadyCreditedForUserAndCourse, int pointsOnPassing)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pointsOnPassing);
        return alreadyCreditedForUserAndCourse ? 0 : pointsOnPassing;
    }

    /// <summary>
    /// The thresholds of "<paramref name="pointsPerStep"/> points per <paramref name="stepAmount"/> shipped in a
    /// period" reached and not yet awarded. Step n is reached when shipped ≥ n × step. Nothing is shipped at zero or
    /// below; steps already awarded are never paid again, nor taken back when returns lower the amount.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Points per step or the step amount is not above zero.</exception>
    public static MilestoneAward MilestonesToAward(decimal shippedAmount, int pointsPerStep, decimal stepAmount, IReadOnlyCollection<int> alreadyAwardedSteps)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(pointsPerStep, 0);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(stepAmount, 0m);
        ArgumentNullException.ThrowIfNull(alreadyAwardedSteps);
        if (shippedAmount <= 0) return MilestoneAward.None;

        var reached = (int)Math.Floor(shippedAmount / stepAmount);
        var awarded = alreadyAwardedSteps.ToHashSet();
        var steps = Enumerable.Range(1, reached).Where(step => !awarded.Contains(step)).ToArray();
        return steps.Length == 0 ? MilestoneAward.None : new MilestoneAward(steps, checked(steps.Length * pointsPerStep));
    }

    /// <summary>
    /// A manual award: other than 0 and within ±<see cref="MaxManualPoints"/>, with a reason of at most
    /// <see cref="ManualAward.ReasonMaxLength"/> characters, and a correction may not take the balance below zero.
    /// </summary>
    public static IReadOnlyList<Problem> ValidateManualAward(ManualAward award, int balance)
    {
        ArgumentNullException.ThrowIfNull(award);
        var problems = new List<Problem>();
        if (award.Points == 0) problems.Add(new Problem(ProblemCodes.NotZero, PointsField));
        else if (award.Points is < -MaxManualPoints or > MaxManualPoints)
            problems.Add(new Problem(ProblemCodes.OutOfRange, PointsField, -MaxManualPoints, MaxManualPoints));
        else if (BelowZero(balance, award.Points) is { } problem) problems.Add(problem);
        TextRules.RequiredMultiLine(problems, ReasonField, award.Reason, ManualAward.ReasonMaxLength);
        return problems;
    }

    /// <summary>
    /// The problem when adding <paramref name="points"/> would leave the balance below zero, naming the balance and
    /// what it would become; null otherwise. Guards every entry that takes points off.
    /// </summary>
    public static Problem? BelowZero(int balance, int points)
    {
        var after = (long)balance + points;
        return after < 0 ? new Problem(ProblemCodes.PointsBelowZero, PointsField, balance, (int)Math.Max(after, int.MinValue)) : null;
    }

    /// <summary>Whether an entry's points have its kind's sign: earnings and reversals add, redemptions take off, manual awards either.</summary>
    public static bool HasValidSign(PointsEntryKind kind, int points) => kind switch
    {
        PointsEntryKind.CoursePassed or PointsEntryKind.PurchaseMilestone or PointsEntryKind.RedemptionReversed => points > 0,
        PointsEntryKind.Redemption => points < 0,
        PointsEntryKind.ManualAward => points != 0,
        _ => false,
    };
}
