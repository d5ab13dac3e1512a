using System.Globalization;
using System.Text.Json;

namespace PartnerPortal.Domain.Auditing;

/// <summary>
/// Reads an entry's stored changes (<see cref="AuditEntry.Changes"/>: field → <c>{ "old": …, "new": … }</c>) into the
/// before/after pairs a reader compares side by side. A field counts as changed when its two sides read differently:
/// on an update every stored field, on a creation every field given a value, on a deletion every field that had one.
/// Details that are not pairs (a refused sign-in's reason and address) are shown as they are, unchanged.
/// Text that is not a JSON object reads as no fields at all: the log is shown, never refused.
/// </summary>
public static class AuditChanges
{
    public static IReadOnlyList<AuditFieldChange> Read(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return [];
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            return [];
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object) return [];
            var fields = new List<AuditFieldChange>();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (IsPair(property.Value))
                {
                    var before = property.Value.TryGetProperty("old", out var old) ? Text(old) : null;
                    var after = property.Value.TryGetProperty("new", out var @new) ? Text(@new) : null;
                    fields.Add(new AuditFieldChange(property.Name, before, after, !string.Equals(before, after, StringComparison.Ordinal)));
                }
                else
                {
                    var value = Text(property.Value);
                    fields.Add(new AuditFieldChange(property.Name, value, value, false));
                }
            }
            return fields;
        }
    }

    // A pair is an object with "old" and/or "new" and nothing else; any other object is a detail shown whole.
    private static bool IsPair(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object
        && value.EnumerateObject().Any()
        && value.EnumerateObject().All(p => p.Name is "old" or "new");

    /// <summary>
    /// A number as written, except that a decimal fraction shows at least two places: SQLite hands back 200000.0 for the
    /// 200000.00 SQL Server keeps, and money reads as money either way (0.125 stays 0.125; whole numbers stay whole).
    /// </summary>
    private static string Number(string raw) =>
        raw.Contains('.', StringComparison.Ordinal) && !raw.Contains('e', StringComparison.OrdinalIgnoreCase)
        && decimal.TryParse(raw, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number.ToString("0.00############################", CultureInfo.InvariantCulture)
            : raw;

    /// <summary>A value as text: strings as they are, numbers as written (see <see cref="Number"/>), true/false, null as no value, anything else as JSON.</summary>
    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => Number(value.GetRawText()),
        JsonValueKind.True => bool.TrueString.ToLower(CultureInfo.InvariantCulture),
        JsonValueKind.False => bool.FalseString.ToLower(CultureInfo.InvariantCulture),
        _ => value.GetRawText(),
    };
}
