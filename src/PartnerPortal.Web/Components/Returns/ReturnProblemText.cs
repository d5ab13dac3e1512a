using Microsoft.Extensions.Localization;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Returns;
using PartnerPortal.Web.Components.Orders;
using PartnerPortal.Web.Components.Shared;

namespace PartnerPortal.Web.Components.Returns;

/// <summary>
/// Problems of returns as sentences: like order problems they often name a SKU as their field; a return status passed as an
/// argument (the return is no longer Requested) is translated.
/// </summary>
public static class ReturnProblemText
{
    public static string Format(IStringLocalizer localizer, Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (problem.Code == ProblemCodes.WrongReturnStatus && problem.Args is [string name] && Enum.TryParse<ReturnStatus>(name, out var status))
            problem = problem with { Args = [localizer.Of(status)] };
        return OrderProblemText.Format(localizer, problem);
    }

    public static IReadOnlyList<string> All(IStringLocalizer localizer, IEnumerable<Problem> problems) =>
        problems.Select(p => Format(localizer, p)).ToList();

    public static string Join(IStringLocalizer localizer, IEnumerable<Problem> problems) => string.Join(" ", All(localizer, problems));
}
