using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Rebates;

namespace PartnerPortal.Infrastructure.Rebates;

/// <summary>
/// Another policy's version that pays the same partners for the same products on some of a draft's days, and the two
/// ways of letting only one of them pay: exclude the products from the draft, or from the other policy by a revision.
/// </summary>
/// <param name="From">The first day both pay.</param>
/// <param name="To">The last day both pay.</param>
public sealed record RebateOverlap(
    int OtherId, string OtherCode, int OtherVersionNumber, string OtherName, RebatePolicyStatus OtherStatus,
    int SharedPartners, int SharedProducts, DateOnly From, DateOnly To, RebateOverlapRemedy Here, RebateOverlapRemedy There);

/// <summary>
/// One way out of an overlap: the categories and SKUs it would leave out (dropped from a list of the policy's own, or
/// excluded) and, for a revision of the other policy, the period it would start in; or the problem that closes it.
/// </summary>
public sealed record RebateOverlapRemedy(
    IReadOnlyList<RebateOption> Categories, IReadOnlyList<RebateOption> Products, string? FromPeriod, Problem? Closed)
{
    public bool Open => Closed is null;

    public static RebateOverlapRemedy Refused(Problem problem) => new([], [], null, problem);
}
