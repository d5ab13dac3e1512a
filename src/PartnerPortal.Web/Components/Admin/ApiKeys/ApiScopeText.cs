using Microsoft.Extensions.Localization;
using PartnerPortal.Domain.Integration;

namespace PartnerPortal.Web.Components.Admin.ApiKeys;

/// <summary>One line per scope saying what a key with it may do, for the admin choosing scopes.</summary>
public static class ApiScopeText
{
    public static string Explain(IStringLocalizer localizer, string scope) => scope switch
    {
        ApiScopes.CatalogWrite => localizer["Create and update products and tier prices, and deactivate products."],
        ApiScopes.StockWrite => localizer["Set the stock on hand per warehouse and product."],
        ApiScopes.OrdersRead => localizer["Read orders and what changed since the last call."],
        ApiScopes.OrdersWrite => localizer["Acknowledge orders with the ERP's order number."],
        ApiScopes.ShipmentsWrite => localizer["Post shipments for orders, which raises their invoices."],
        ApiScopes.PaymentsWrite => localizer["Post partners' payments."],
        ApiScopes.PartnersWrite => localizer["Create and update partners and their credit limits."],
        ApiScopes.RebatesRead => localizer["Read rebate accruals and settlements."],
        ApiScopes.ReturnsRead => localizer["Read returns (RMA) and what changed since the last call."],
        ApiScopes.ReturnsWrite => localizer["Post warehouse receipts of returns, which credit the partner."],
        _ => scope,
    };
}
