using System.Globalization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using MudBlazor.Utilities.Exceptions;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Web.Components.Shared;

/// <summary>
/// Converters for MudNumericField that read what a person types the portal's one way (<see cref="TypedNumber"/>):
/// full-width digits from a Chinese input method are read, and a number out of the field's range says "too large (at
/// most …)" instead of being cut to the maximum or overflowing. The field shows the problem as its error text, named as
/// every other problem of the form is (the field is looked up as "Field.{field}"); as with MudBlazor's own converters, its
/// value is then the type's default (0, or empty), which the forms' rules refuse.
/// </summary>
/// <example><c>&lt;MudNumericField T="int" Converter="@NumberConverters.Whole(L, "Quantity", 1, QuantityRules.MaxQuantity)" ... /&gt;</c></example>
public static class NumberConverters
{
    public static IReversibleConverter<int, string?> Whole(IStringLocalizer localizer, string field, int min, int max) =>
        new Converter<int>(localizer, text => TypedNumber.Whole(text, field, min, max), v => v.ToString(CultureInfo.CurrentCulture), allowEmpty: false);

    /// <summary>An optional whole number: an empty field is no value.</summary>
    public static IReversibleConverter<int?, string?> OptionalWhole(IStringLocalizer localizer, string field, int min, int max) =>
        new Converter<int?>(localizer, text => Nullable(TypedNumber.Whole(text, field, min, max)), v => v?.ToString(CultureInfo.CurrentCulture),
            allowEmpty: true);

    /// <param name="format">How the value is shown, e.g. N2 (1,234.50); the reading accepts the same form.</param>
    public static IReversibleConverter<decimal, string?> Decimal(IStringLocalizer localizer, string field, decimal min, decimal max, int decimals,
        string? format = null) =>
        new Converter<decimal>(localizer, text => TypedNumber.Decimal(text, field, min, max, decimals), v => v.ToString(format, CultureInfo.CurrentCulture),
            allowEmpty: false);

    public static IReversibleConverter<decimal?, string?> OptionalDecimal(IStringLocalizer localizer, string field, decimal min, decimal max,
        int decimals, string? format = null) =>
        new Converter<decimal?>(localizer, text => Nullable(TypedNumber.Decimal(text, field, min, max, decimals)),
            v => v?.ToString(format, CultureInfo.CurrentCulture), allowEmpty: true);

    private static TypedNumberResult<TValue?> Nullable<TValue>(TypedNumberResult<TValue> read) where TValue : struct =>
        new(read.Succeeded ? read.Value : null, read.Problem);

    private sealed class Converter<T>(IStringLocalizer localizer, Func<string?, TypedNumberResult<T>> read, Func<T, string?> write,
        bool allowEmpty) : IReversibleConverter<T, string?>
    {
        public string? Convert(T input) => write(input);

        public T ConvertBack(string? input)
        {
            if (allowEmpty && string.IsNullOrWhiteSpace(input)) return default!;
            var result = read(input);
            // The message is already in the reader's language; MudBlazor shows a key it cannot translate as it is.
            if (result.Problem is { } problem) throw new ConversionException(ProblemMessages.Format(localizer, problem), [], null!);
            return result.Value;
        }
    }
}
