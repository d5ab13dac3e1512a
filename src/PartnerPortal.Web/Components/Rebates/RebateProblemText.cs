using Microsoft.Extensions.Localization;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Web.Components.Shared;

namespace PartnerPortal.Web.Components.Rebates;

/// <summary>
/// The rebate services pass a policy's status as the argument of <see cref="ProblemCodes.WrongPolicyStatus"/>
/// ("not possible while the policy is Active"); it is translated here, before <see cref="ProblemMessages"/> puts it
/// into the sentence.
/// </summary>
public static class RebateProblemText
{
    public static IReadOnlyList<Problem> Translated(IStringLocalizer localizer, IReadOnlyList<Problem> problems) =>
        problems.Select(p => p.Code == ProblemCodes.WrongPolicyStatus && p.Args is [var arg] && StatusOf(arg) is { } status
            ? p with { Args = [localizer.Of(status)] }
            : p).ToList();

    private static RebatePolicyStatus? StatusOf(object arg) => arg switch
    {
        RebatePolicyStatus status => status,
        string name when Enum.TryParse<RebatePolicyStatus>(name, out var status) => status,
        _ => null,
    };
}
