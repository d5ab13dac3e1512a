using PartnerPortal.Domain.Returns;

namespace PartnerPortal.Infrastructure.Returns;

/// <summary>
/// What a receipt being entered will credit, by the same rule the receipt posts with (<see cref="ReturnRules.Credit"/>), so
/// that the confirmation shows the amount the credit note will carry. A line not given counts as nothing received.
/// </summary>
public static class ReturnReceiptPreview
{
    public static ReturnCredit Credit(IReadOnlyList<ReturnLineView> lines, IReadOnlyList<ReceivedReturnLine> received)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(received);
        return ReturnRules.Credit(lines
            .Select(l => new CreditedReturnLine(Math.Max(0, received.FirstOrDefault(r => r.ReturnLineId == l.Id)?.Quantity ?? 0), l.UnitPrice))
            .ToList());
    }
}
