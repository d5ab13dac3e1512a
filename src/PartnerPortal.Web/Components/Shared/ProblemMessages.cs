using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Web.Components.Shared;

/// <summary>Turns a <see cref="Problem"/> into a sentence in the reader's language, naming the field.</summary>
public static partial class ProblemMessages
{
    public static string Format(IStringLocalizer localizer, Problem problem)
    {
        var message = localizer[problem.Code, problem.Args].Value;
        if (problem.Field is null) return message;
        var indexed = IndexedField().Match(problem.Field);
        var field = indexed.Success
            ? localizer["Contact {0}", int.Parse(indexed.Groups[1].Value) + 1] + " · " + localizer["Field." + indexed.Groups[2].Value]
            : FieldName(localizer, problem.Field);
        return $"{field}: {message}";
    }

    // A field without a translated name (e.g. a SKU) is shown as it is.
    private static string FieldName(IStringLocalizer localizer, string field)
    {
        var name = localizer["Field." + field];
        return name.ResourceNotFound ? field : name.Value;
    }

    [GeneratedRegex(@"^\w+\[(\d+)\]\.(\w+)$")]
    private static partial Regex IndexedField();
}
