namespace PartnerPortal.Domain.Integration;

/// <summary>What an API key may do. Each endpoint of /api/v1 requires one scope.</summary>
public static class ApiScopes
{
    public const string CatalogWrite = "catalog:write";
    public const string StockWrite = "stock:write";
    public const string OrdersRead = "orders:read";
    public const string OrdersWrite = "orders:write";
    public const string ShipmentsWrite = "shipments:write";
    public const string PaymentsWrite = "payments:write";
    public const string PartnersWrite = "partners:write";
    public const string RebatesRead = "rebates:read";
    public const string ReturnsRead = "returns:read";
    public const string ReturnsWrite = "returns:write";

    public static readonly IReadOnlyList<string> All =
        [CatalogWrite, StockWrite, OrdersRead, OrdersWrite, ShipmentsWrite, PaymentsWrite, PartnersWrite, RebatesRead, ReturnsRead, ReturnsWrite];

    public static bool IsKnown(string scope) => All.Contains(scope);
}
