using Microsoft.Extensions.Localization;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Web.Components.Shared;

namespace PartnerPortal.Web.Components.Partners;

/// <summary>
/// Problems of documents, scans and renewals as sentences: a renewal's status passed as an argument (a renewal already
/// decided) is translated, the rest goes through <see cref="ProblemMessages"/>.
/// </summary>
public static class DocumentProblemText
{
    public static string Format(IStringLocalizer localizer, Problem problem) => ProblemMessages.Format(localizer, Translated(localizer, problem));

    public static string Join(IStringLocalizer localizer, IEnumerable<Problem> problems) =>
        string.Join(" ", problems.Select(p => Format(localizer, p)));

    /// <summary>The problems with their status arguments in the reader's language, for a form that formats them itself.</summary>
    public static IReadOnlyList<Problem> Translated(IStringLocalizer localizer, IEnumerable<Problem> problems) =>
        problems.Select(p => Translated(localizer, p)).ToList();

    private static Problem Translated(IStringLocalizer localizer, Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem with { Args = problem.Args.Select(a => a is RenewalStatus status ? localizer.Of(status) : a).ToArray() };
    }
}
