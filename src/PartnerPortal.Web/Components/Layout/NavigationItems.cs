using MudBlazor;
using PartnerPortal.Domain.Access;

namespace PartnerPortal.Web.Components.Layout;

/// <summary>The side navigation. Pages carry their own [Authorize]; this only decides which links a role is shown.</summary>
public static class NavigationItems
{
    private static readonly string[] Everyone = [.. PortalRoles.All];
    private static readonly string[] Brand = [PortalRoles.Admin, PortalRoles.ChannelManager];
    private static readonly string[] PartnerStaff = [PortalRoles.Dealer, PortalRoles.Trainee];
    private static readonly string[] AdminOnly = [PortalRoles.Admin];
    private static readonly string[] Buyers = [PortalRoles.Dealer];
    private static readonly string[] OrderReaders = [PortalRoles.Admin, PortalRoles.ChannelManager, PortalRoles.Dealer];

    public static IReadOnlyList<NavigationItem> All { get; } =
    [
        new("/", "Home", Icons.Material.Filled.Home, Everyone),
        new("/partners", "Partners", Icons.Material.Filled.Storefront, Brand),
        new("/partners/health", "Partner health", Icons.Material.Filled.MonitorHeart, Brand),
        new("/catalog", "Catalog", Icons.Material.Filled.Inventory2, Buyers),
        new("/cart", "Cart", Icons.Material.Filled.ShoppingCart, Buyers),
        new("/stock", "Stock", Icons.Material.Filled.Warehouse, Buyers),
        new("/orders", "Orders", Icons.Material.Filled.ReceiptLong, OrderReaders),
        new("/shipments", "Shipments", Icons.Material.Filled.LocalShipping, OrderReaders),
        new("/returns", "My returns", Icons.Material.Filled.AssignmentReturn, Buyers),
        new("/returns", "Returns", Icons.Material.Filled.AssignmentReturn, Brand),
        new("/approvals", "Approvals", Icons.Material.Filled.FactCheck, Brand),
        new("/invoices", "Invoices", Icons.Material.Filled.RequestQuote, Brand),
        new("/low-stock", "Low stock", Icons.Material.Filled.Warehouse, Brand),
        new("/partners/documents", "Expiring documents", Icons.Material.Filled.EventBusy, Brand),
        new("/credit", "Credit", Icons.Material.Filled.AccountBalanceWallet, Buyers),
        new("/rebates", "My rebates", Icons.Material.Filled.Savings, Buyers),
        new("/rebates/policies", "Rebate policies", Icons.Material.Filled.Percent, Brand),
        new("/statements", "Statements", Icons.Material.Filled.Description, OrderReaders),
        new("/learning", "My learning", Icons.Material.Filled.School, PartnerStaff),
        new("/points", "Points", Icons.Material.Filled.Stars, PartnerStaff),
        new("/training/courses", "Course management", Icons.Material.Filled.School, Brand),
        new("/training/progress", "Training progress", Icons.Material.Filled.Insights, Brand),
        new("/points/rewards", "Rewards", Icons.Material.Filled.CardGiftcard, Brand),
        new("/points/redemptions", "Redemptions", Icons.Material.Filled.Redeem, Brand),
        new("/points/award", "Award points", Icons.Material.Filled.AddTask, Brand),
        new("/my-partner", "My company", Icons.Material.Filled.Business, PartnerStaff),
        new("/admin/regions", "Regions", Icons.Material.Filled.Map, AdminOnly, "Administration"),
        new("/admin/products", "Products", Icons.Material.Filled.Category, AdminOnly, "Administration"),
        new("/admin/categories", "Product categories", Icons.Material.Filled.AccountTree, AdminOnly, "Administration"),
        new("/admin/pricing", "Tier pricing", Icons.Material.Filled.PriceChange, AdminOnly, "Administration"),
        new("/admin/warehouses", "Warehouses", Icons.Material.Filled.Warehouse, AdminOnly, "Administration"),
        new("/admin/stock", "Stock adjustments", Icons.Material.Filled.Inventory, AdminOnly, "Administration"),
        new("/admin/users", "Users", Icons.Material.Filled.People, AdminOnly, "Administration"),
        new("/admin/api-keys", "API keys", Icons.Material.Filled.VpnKey, AdminOnly, "Administration"),
        new("/admin/webhooks", "Webhooks", Icons.Material.Filled.Webhook, AdminOnly, "Administration"),
        new("/admin/webhooks/deliveries", "Webhook deliveries", Icons.Material.Filled.History, AdminOnly, "Administration"),
        new("/admin/audit", "Audit log", Icons.Material.Filled.ManageSearch, Brand, "Administration"),
        new("/Account/Manage", "My account", Icons.Material.Filled.AccountCircle, Everyone, "Account"),
    ];

    public static IReadOnlyList<NavigationItem> For(IEnumerable<string> roles)
    {
        var set = roles.ToHashSet();
        return All.Where(i => i.IsFor(set)).ToList();
    }

    /// <summary>
    /// The link a page belongs to, so that exactly one is highlighted: the item whose address is the longest prefix of the
    /// path at a segment boundary (/partners/health is "Partner health", not also "Partners"; /partners/12 is "Partners").
    /// Home only on "/" itself. Null when no item fits.
    /// </summary>
    /// <param name="path">The page's path relative to the base address, with or without a leading slash, query or fragment.</param>
    public static string? ActiveHref(IEnumerable<NavigationItem> items, string path)
    {
        ArgumentNullException.ThrowIfNull(items);
        var end = path.IndexOfAny(['?', '#']);
        var clean = "/" + (end < 0 ? path : path[..end]).Trim('/');
        return items.Select(i => i.Href)
            .Where(href => href == "/"
                ? clean == "/"
                : clean.Equals(href, StringComparison.OrdinalIgnoreCase) || clean.StartsWith(href + "/", StringComparison.OrdinalIgnoreCase))
            .MaxBy(href => href.Length);
    }
}
