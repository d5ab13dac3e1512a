using System.Globalization;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Web.Api.V1;

/// <summary>
/// Reads query-string values so that a malformed one gets the API's 400 with an <c>errors</c> entry naming it, instead of
/// the framework's bare 400 for a parameter it could not bind. Endpoints take the values as strings.
/// </summary>
public sealed class ApiQuery
{
    /// <summary>A query value that is not of the expected form (a date as yyyy-MM-dd, true or false).</summary>
    public const string InvalidValue = "Api.InvalidQueryValue";

    public List<ApiError> Errors { get; } = [];

    public long? Long(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (long.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)) return n;
        Errors.Add(ApiProblems.ToError(null, new Problem(ProblemCodes.NotANumber, field, value)));
        return null;
    }

    public int? Int(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (int.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)) return n;
        Errors.Add(ApiProblems.ToError(null, new Problem(ProblemCodes.NotANumber, field, value)));
        return null;
    }

    public DateOnly? Date(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateRules.Read(value) is not { } day)
        {
            Errors.Add(new ApiError(null, field, InvalidValue, $"{field}: \"{value}\" is not a date of the form yyyy-MM-dd."));
            return null;
        }
        if (DateRules.IsInRange(day)) return day;
        Errors.Add(ApiProblems.ToError(null, DateRules.OutOfRange(field)));
        return null;
    }

    public bool? Bool(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (bool.TryParse(value.Trim(), out var flag)) return flag;
        Errors.Add(new ApiError(null, field, InvalidValue, $"{field}: \"{value}\" is neither true nor false."));
        return null;
    }
}
