using System.Globalization;
using PartnerPortal.Domain.Dashboards;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Points;

namespace PartnerPortal.Web.Components.Dashboards;

/// <summary>
/// The lists behind the dashboards' numbers, with the filters that make the list show exactly what the number counts.
/// The lists read the same query parameters (see each page's [SupplyParameterFromQuery]).
/// </summary>
public static class DashboardLinks
{
    public static string Orders(OrderStatus? status = null, int? partnerId = null, int? regionId = null, DateOnly? from = null, DateOnly? to = null) =>
        Build("/orders", ("status", status?.ToString()), ("partnerId", Id(partnerId)), ("regionId", Id(regionId)), ("from", Day(from)), ("to", Day(to)));

    /// <summary>Shipments by shipping day (both days included): the rows every shipped amount on the dashboards sums.</summary>
    public static string Shipments(int? partnerId = null, int? regionId = null, DateOnly? from = null, DateOnly? to = null) =>
        Build("/shipments", ("partnerId", Id(partnerId)), ("regionId", Id(regionId)), ("from", Day(from)), ("to", Day(to)));

    public static string Partners(int? regionId = null, int? silentDays = null, PartnerTier? tier = null) =>
        Build("/partners", ("regionId", Id(regionId)), ("silentDays", Id(silentDays)), ("tier", tier?.ToString()));

    public static string Partner(int partnerId) => $"/partners/{partnerId}";

    public static string Approvals(int? regionId = null) => Build("/approvals", ("regionId", Id(regionId)));

    public static string Redemptions(RedemptionStatus? status = RedemptionStatus.Pending, int? regionId = null) =>
        Build("/points/redemptions", ("status", status?.ToString()), ("regionId", Id(regionId)));

    public static string Invoices(bool overdue = false, int? partnerId = null, int? regionId = null) =>
        Build("/invoices", ("overdue", overdue ? "true" : null), ("partnerId", Id(partnerId)), ("regionId", Id(regionId)));

    public const string LowStock = "/low-stock";

    public static string ExpiringDocuments(int days = 30, int? regionId = null) =>
        Build("/partners/documents", ("expiringDays", Id(days)), ("regionId", Id(regionId)));

    /// <summary>Renewals of qualification documents waiting for review (<c>PendingRenewals</c>).</summary>
    public static string Renewals(int? regionId = null) => Build("/partners/documents/renewals", ("regionId", Id(regionId)));

    /// <summary>Returns waiting for a decision (<c>RequestedReturns</c>), in every region the caller sees.</summary>
    public const string RequestedReturns = "/returns?status=Requested";

    /// <summary>The dealer's company page, where its documents are renewed.</summary>
    public const string MyDocuments = "/my-partner#documents";

    public static string PartnerHealth(int? regionId = null, HealthBand? band = null) =>
        Build("/partners/health", ("regionId", Id(regionId)), ("band", band?.ToString()));

    public static string TrainingProgress(int? regionId = null) => Build("/training/progress", ("regionId", Id(regionId)));

    public const string MyCredit = "/credit";
    public const string MyRebates = "/rebates";
    public const string MyPoints = "/points";
    public const string MyLearning = "/learning";

    private static string? Id(int? id) => id?.ToString(CultureInfo.InvariantCulture);
    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Build(string path, params (string Name, string? Value)[] parameters)
    {
        var query = string.Join("&", parameters.Where(p => p.Value is not null)
            .Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}"));
        return query.Length == 0 ? path : $"{path}?{query}";
    }
}
