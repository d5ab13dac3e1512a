namespace PartnerPortal.Domain.Inventory;

public static class StockRules
{
    /// <summary>Out when nothing is available, low at or below the product's threshold, in stock above it.</summary>
    public static StockState StateOf(int available, int lowStockThreshold) =>
        available <= 0 ? StockState.Out : available <= lowStockThreshold ? StockState.Low : StockState.InStock;
}
