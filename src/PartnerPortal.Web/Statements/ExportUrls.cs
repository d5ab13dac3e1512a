using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using PartnerPortal.Domain.Ordering;

namespace PartnerPortal.Web.Statements;

/// <summary>The addresses of the export endpoints, as the pages link to them (see <see cref="StatementEndpoints"/>).</summary>
public static class ExportUrls
{
    public static string AccountStatement(int partnerId, DateOnly from, DateOnly to, string format) =>
        Statement("account", partnerId, from, to, format);

    public static string RebateStatement(int partnerId, DateOnly from, DateOnly to, string format) =>
        Statement("rebates", partnerId, from, to, format);

    /// <summary>The order list's export with the list's filters; filters that are not set are left out.</summary>
    public static string Orders(OrderStatus? status, DateOnly? from, DateOnly? to, int? partnerId, string? search, int? regionId = null)
    {
        var query = new List<KeyValuePair<string, string?>>();
        if (status is { } s) query.Add(new("status", s.ToString()));
        if (from is { } f) query.Add(new("from", Day(f)));
        if (to is { } t) query.Add(new("to", Day(t)));
        if (partnerId is { } p) query.Add(new("partnerId", p.ToString(CultureInfo.InvariantCulture)));
        if (regionId is { } r) query.Add(new("regionId", r.ToString(CultureInfo.InvariantCulture)));
        if (!string.IsNullOrWhiteSpace(search)) query.Add(new("search", search.Trim()));
        return QueryHelpers.AddQueryString(StatementEndpoints.OrdersPath, query);
    }

    private static string Statement(string kind, int partnerId, DateOnly from, DateOnly to, string format) =>
        QueryHelpers.AddQueryString(string.Create(CultureInfo.InvariantCulture, $"/exports/statements/{kind}/{partnerId}"),
            new KeyValuePair<string, string?>[] { new("from", Day(from)), new("to", Day(to)), new("format", format) });

    private static string Day(DateOnly day) => day.ToString(ExportParameters.DateFormat, CultureInfo.InvariantCulture);
}
