using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using PartnerPortal.Domain.Common;
using PartnerPortal.Web.Components.Shared;

namespace PartnerPortal.Web.Components.Rebates;

/// <summary>
/// A form's problems looked up by field, so that each can be shown next to its input. A problem of a list row
/// ("Tiers[1].Threshold") is named by the row's field only, as it is shown inside the row.
/// </summary>
public sealed partial class FieldProblems(IReadOnlyList<Problem> problems)
{
    public static FieldProblems None { get; } = new([]);

    public IReadOnlyList<Problem> All { get; } = problems;

    public bool Any => All.Count > 0;

    public bool Has(params string[] fields) => All.Any(p => p.Field is { } f && fields.Contains(f, StringComparer.Ordinal));

    /// <summary>The messages for the fields, one after the other, or null when there are none (MudBlazor's ErrorText).</summary>
    public string? Text(IStringLocalizer localizer, params string[] fields)
    {
        var messages = All
            .Where(p => p.Field is { } f && fields.Contains(f, StringComparer.Ordinal))
            .Select(p => ProblemMessages.Format(localizer, RowField(p)))
            .ToList();
        return messages.Count == 0 ? null : string.Join(" ", messages);
    }

    /// <summary>The problems no input shows: without a field, or for a field the form does not place.</summary>
    public IReadOnlyList<Problem> NotShownBy(Func<string, bool> isShown) =>
        All.Where(p => p.Field is null || !isShown(p.Field)).ToList();

    /// <summary>The row index of a list field such as "Tiers[2].Rate", or null for any other field.</summary>
    public static int? RowOf(string field, string list)
    {
        var match = IndexedField().Match(field);
        return match.Success && match.Groups["list"].Value == list ? int.Parse(match.Groups["row"].Value) : null;
    }

    private static Problem RowField(Problem problem)
    {
        var match = IndexedField().Match(problem.Field!);
        return match.Success ? problem with { Field = match.Groups["field"].Value } : problem;
    }

    [GeneratedRegex(@"^(?<list>\w+)\[(?<row>\d+)\]\.(?<field>\w+)$")]
    private static partial Regex IndexedField();
}
