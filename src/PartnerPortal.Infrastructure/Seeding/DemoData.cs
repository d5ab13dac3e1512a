using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>The demo data files under assets/demo, as read from disk.</summary>
internal sealed record DemoData(
    IReadOnlyList<DemoData.RegionRow> Regions,
    IReadOnlyList<DemoData.PartnerRow> Partners,
    DemoData.CatalogFile Catalog,
    IReadOnlyList<DemoData.WarehouseRow> Warehouses,
    IReadOnlyList<DemoData.UserRow> Users)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    public static DemoData Load(string folder) => new(
        Read<List<RegionRow>>(folder, "regions.json"),
        Read<List<PartnerRow>>(folder, "partners.json"),
        Read<CatalogFile>(folder, "products.json"),
        Read<List<WarehouseRow>>(folder, "warehouses.json"),
        Read<List<UserRow>>(folder, "users.json"));

    private static T Read<T>(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new InvalidDataException($"{path} is empty.");
    }

    public sealed record RegionRow(string Code, string Name, string NameEn);

    public sealed record ContactRow(string Name, string Title, string Phone, string Email, bool IsPrimary);

    public sealed record PartnerRow(string Code, string Name, string NameEn, string Type, string Tier, string Region,
        string? Parent, string Status, string CreditRating, IReadOnlyList<ContactRow> Contacts);

    public sealed record CategoryRow(string Code, string Name, string NameEn);

    public sealed record ProductRow(string Sku, string Name, string NameEn, string Category, string Unit, string UnitEn,
        int PackSize, int MinOrderQty, int OrderMultiple, decimal ListPrice, int LowStockThreshold, bool Active);

    public sealed record CatalogFile(IReadOnlyList<CategoryRow> Categories, IReadOnlyList<ProductRow> Products);

    public sealed record StockRow(string Sku, int OnHand);

    public sealed record WarehouseRow(string Code, string Name, string NameEn, IReadOnlyList<StockRow> Stock);

    public sealed record UserRow(string Email, string DisplayName, string Role, string? Partner, IReadOnlyList<string> Regions);
}
