namespace PartnerPortal.Domain.Pricing;

/// <summary>
/// The one place money is rounded, so that prices, lines, invoices and payments agree to the cent.
/// Midpoints go away from zero, as customers and accountants expect (0.125 → 0.13), not to even.
/// </summary>
public static class Money
{
    public const int Decimals = 2;

    public static decimal Round(decimal amount) => Math.Round(amount, Decimals, MidpointRounding.AwayFromZero);
}
