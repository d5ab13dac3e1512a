using Microsoft.Extensions.Localization;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Points;
using PartnerPortal.Web.Components.Shared;

namespace PartnerPortal.Web.Components.Points;

/// <summary>
/// The points services pass a redemption's status as the argument of <see cref="ProblemCodes.AlreadyDecided"/>
/// ("already decided: Approved"); it is translated here, before <see cref="ProblemMessages"/> puts it into the sentence.
/// </summary>
public static class PointsProblemText
{
    public static IReadOnlyList<Problem> Translated(IStringLocalizer localizer, IReadOnlyList<Problem> problems) =>
        problems.Select(p => p.Code == ProblemCodes.AlreadyDecided && p.Args is [var arg] && StatusOf(arg) is { } status
            ? p with { Args = [localizer.Of(status)] }
            : p).ToList();

    private static RedemptionStatus? StatusOf(object arg) => arg switch
    {
        RedemptionStatus status => status,
        string name when Enum.TryParse<RedemptionStatus>(name, out var status) => status,
        _ => null,
    };
}
