using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>The demo tier pricing (assets/demo/pricing.json) and credit accounts (assets/demo/credit.json).</summary>
internal sealed record DemoCommerceData(DemoCommerceData.PricingFile Pricing, IReadOnlyList<DemoCommerceData.CreditRow> Credit)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    public static DemoCommerceData Load(string folder) => new(
        Read<PricingFile>(Path.Combine(folder, "pricing.json")),
        Read<List<CreditRow>>(Path.Combine(folder, "credit.json")));

    private static T Read<T>(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new InvalidDataException($"{path} is empty.");
    }

    public sealed record TierDiscountRow(string Tier, decimal DiscountPercent);

    public sealed record TierPriceRow(string Tier, string Sku, decimal Price);

    public sealed record PricingFile(IReadOnlyList<TierDiscountRow> TierDiscounts, IReadOnlyList<TierPriceRow> TierPrices);

    /// <summary>An invoice raised <see cref="DaysAgo"/> days before the demo starts, still unpaid.</summary>
    public sealed record OpenInvoiceRow(int DaysAgo, decimal Amount);

    public sealed record CreditRow(string Partner, decimal CreditLimit, string Mode, int PaymentTermsDays, int GraceDays,
        IReadOnlyList<OpenInvoiceRow> Invoices);
}
