using System.Globalization;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Infrastructure.Ordering;

namespace PartnerPortal.Web.Statements;

/// <summary>What is wrong with one query parameter of an export; <see cref="Message"/> is a translation key (English text).</summary>
public sealed record ExportProblem(string Parameter, string Message);

/// <summary>The parameters of a statement export once read: an inclusive date range and the file format.</summary>
public sealed record StatementRequest(DateOnly From, DateOnly To, string Format)
{
    public bool IsPdf => Format == StatementFileNames.Pdf;
}

/// <summary>The parameters of the order export once read: the order list's filters and search text.</summary>
public sealed record OrderExportRequest(OrderFilter Filter, string? Search);

/// <summary>Reads and checks the query parameters of the export endpoints, so that a bad one is a 400 that names it.</summary>
public static class ExportParameters
{
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>The longest range a statement covers, so that a typo in a year does not render decades of ledger.</summary>
    public const int MaxYears = 3;

    public const int MaxSearchLength = 100;

    public const string DateRequired = "The date is required.";
    public const string DateInvalid = "Enter the date as yyyy-MM-dd.";
    public const string DateOutOfRange = "The date must be between 1900-01-01 and 2099-12-31.";
    public const string FromAfterTo = "The start date must not be after the end date.";
    public const string RangeTooLong = "The date range may be at most 3 years.";
    public const string FormatInvalid = "The format must be pdf or xlsx.";
    public const string StatusInvalid = "Unknown order status.";
    public const string PartnerIdInvalid = "The partner id must be a whole number.";
    public const string RegionIdInvalid = "The region id must be a whole number.";
    public const string SearchTooLong = "The search text is too long.";

    /// <summary>All the messages above, for the translation files.</summary>
    public static IReadOnlyList<string> Messages { get; } =
        [DateRequired, DateInvalid, DateOutOfRange, FromAfterTo, RangeTooLong, FormatInvalid, StatusInvalid, PartnerIdInvalid, RegionIdInvalid, SearchTooLong];

    /// <summary>from and to (required, yyyy-MM-dd, from ≤ to, at most <see cref="MaxYears"/> years) and format (pdf or xlsx).</summary>
    public static IReadOnlyList<ExportProblem> ReadStatement(string? from, string? to, string? format, out StatementRequest? request)
    {
        var problems = new List<ExportProblem>();
        var start = ReadDate("from", from, required: true, problems);
        var end = ReadDate("to", to, required: true, problems);
        // A statement is for the days asked for: one outside the range is refused rather than silently shortened.
        start = InRange("from", start, problems);
        end = InRange("to", end, problems);
        CheckOrder(start, end, problems);
        if (start is { } s && end is { } e && s <= e && e >= s.AddYears(MaxYears)) problems.Add(new("to", RangeTooLong));

        var extension = format?.Trim().ToLowerInvariant();
        if (extension is not (StatementFileNames.Pdf or StatementFileNames.Xlsx)) problems.Add(new("format", FormatInvalid));

        request = problems.Count == 0 ? new StatementRequest(start!.Value, end!.Value, extension!) : null;
        return problems;
    }

    /// <summary>The order list's filters, all optional: status (an order status), from and to (yyyy-MM-dd), partnerId and search.</summary>
    public static IReadOnlyList<ExportProblem> ReadOrders(string? status, string? from, string? to, string? partnerId, string? search,
        out OrderExportRequest? request) =>
        ReadOrders(status, from, to, partnerId, regionId: null, search, out request);

    /// <summary>The order list's filters, all optional: status (an order status), from and to (yyyy-MM-dd), partnerId, regionId and search.</summary>
    public static IReadOnlyList<ExportProblem> ReadOrders(string? status, string? from, string? to, string? partnerId, string? regionId,
        string? search, out OrderExportRequest? request)
    {
        var problems = new List<ExportProblem>();
        OrderStatus? state = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (Enum.TryParse<OrderStatus>(status.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(status, out _))
                state = parsed;
            else problems.Add(new("status", StatusInvalid));
        }
        // As in the order list, a day outside the range is clamped into it: 9999-12-31 means "no end".
        var start = Clamp(ReadDate("from", from, required: false, problems));
        var end = Clamp(ReadDate("to", to, required: false, problems));
        CheckOrder(start, end, problems);
        var partner = ReadId("partnerId", partnerId, PartnerIdInvalid, problems);
        var region = ReadId("regionId", regionId, RegionIdInvalid, problems);

        var text = string.IsNullOrWhiteSpace(search) ? null : search.Trim();
        if (text is { Length: > MaxSearchLength }) problems.Add(new("search", SearchTooLong));

        request = problems.Count == 0 ? new OrderExportRequest(new OrderFilter(state, start, end, partner, region), text) : null;
        return problems;
    }

    private static int? ReadId(string name, string? value, string message, List<ExportProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0) return id;
        problems.Add(new(name, message));
        return null;
    }

    private static DateOnly? ReadDate(string name, string? value, bool required, List<ExportProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) problems.Add(new(name, DateRequired));
            return null;
        }
        if (DateRules.Read(value) is { } day) return day;
        problems.Add(new(name, DateInvalid));
        return null;
    }

    private static DateOnly? InRange(string name, DateOnly? day, List<ExportProblem> problems)
    {
        if (day is not { } d || DateRules.IsInRange(d)) return day;
        problems.Add(new(name, DateOutOfRange));
        return null;
    }

    private static DateOnly? Clamp(DateOnly? day) => day is { } d ? DateRules.Clamp(d) : null;

    private static void CheckOrder(DateOnly? from, DateOnly? to, List<ExportProblem> problems)
    {
        if (from is { } f && to is { } t && f > t) problems.Add(new("from", FromAfterTo));
    }
}
