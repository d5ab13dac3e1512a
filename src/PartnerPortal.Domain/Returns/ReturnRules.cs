using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Pricing;

namespace PartnerPortal.Domain.Returns;

/// <summary>The rules of returns: how much of a shipped line may still come back, what a request and a receipt may hold, and the credit.</summary>
public static class ReturnRules
{
    /// <summary>The most photos one return keeps.</summary>
    public const int MaxPhotos = 5;

    /// <summary>
    /// Shipped minus what earlier returns hold: a requested or approved return its requested quantity, a received or
    /// credited one what actually came back (the rest of it never left the dealer); a rejected or cancelled one nothing.
    /// Never below zero.
    /// </summary>
    public static int Returnable(int shipped, IEnumerable<ReturnedQuantity> earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        var held = earlier.Sum(Held);
        return Math.Max(0, shipped - held);
    }

    /// <summary>What one earlier return line keeps from being returned again.</summary>
    public static int Held(ReturnedQuantity line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Status switch
        {
            ReturnStatus.Requested or ReturnStatus.Approved => line.Requested,
            ReturnStatus.Received or ReturnStatus.Credited => line.Received ?? line.Requested,
            _ => 0,
        };
    }

    /// <summary>
    /// Why a request cannot be made: no line, a line that is not one of the order's shipped lines, a quantity not above
    /// zero or above what is still returnable (repeated lines of the same shipped line count together), a note that is too
    /// long or holds forbidden characters, too many photos.
    /// </summary>
    public static IReadOnlyList<Problem> CheckRequest(IReadOnlyList<ReturnableLine> shipped, IReadOnlyList<RequestedReturnLine> requested,
        string? note, int photoCount)
    {
        ArgumentNullException.ThrowIfNull(shipped);
        ArgumentNullException.ThrowIfNull(requested);
        var problems = new List<Problem>();
        if (requested.Count == 0) problems.Add(new Problem(ProblemCodes.EmptyReturn, "Lines"));
        foreach (var group in requested.GroupBy(r => r.ShipmentLineId))
        {
            var line = shipped.FirstOrDefault(l => l.ShipmentLineId == group.Key);
            if (line is null)
            {
                problems.Add(new Problem(ProblemCodes.NotFound, "ShipmentLine", group.Key));
                continue;
            }
            if (group.Any(r => r.Quantity <= 0))
            {
                problems.Add(new Problem(ProblemCodes.QuantityNotPositive, line.Sku));
                continue;
            }
            var quantity = group.Sum(r => r.Quantity);
            if (quantity > line.Returnable)
                problems.Add(new Problem(ProblemCodes.ExceedsReturnable, line.Sku, line.Sku, quantity, line.Returnable));
        }
        TextRules.OptionalMultiLine(problems, "Note", note, ReturnRequest.NoteMaxLength);
        if (photoCount > MaxPhotos) problems.Add(new Problem(ProblemCodes.TooManyPhotos, "Photos", MaxPhotos));
        return problems;
    }

    /// <summary>A rejection needs its reason; an approval's note is optional. Both within the length and free of forbidden characters.</summary>
    public static IReadOnlyList<Problem> CheckDecision(bool approve, string? note)
    {
        var problems = new List<Problem>();
        if (approve) TextRules.OptionalMultiLine(problems, "Reason", note, ReturnRequest.DecisionNoteMaxLength);
        else TextRules.RequiredMultiLine(problems, "Reason", note, ReturnRequest.DecisionNoteMaxLength);
        return problems;
    }

    /// <summary>
    /// Why a receipt cannot be recorded: a line that is not the return's, a line given twice, a negative quantity, more
    /// than was approved. A line not given is received as nothing.
    /// </summary>
    public static IReadOnlyList<Problem> CheckReceipt(IReadOnlyList<ApprovedReturnLine> approved, IReadOnlyList<ReceivedReturnLine> received)
    {
        ArgumentNullException.ThrowIfNull(approved);
        ArgumentNullException.ThrowIfNull(received);
        var problems = new List<Problem>();
        foreach (var group in received.GroupBy(r => r.ReturnLineId))
        {
            var line = approved.FirstOrDefault(l => l.ReturnLineId == group.Key);
            if (line is null)
            {
                problems.Add(new Problem(ProblemCodes.NotFound, "ReturnLine", group.Key));
                continue;
            }
            if (group.Count() > 1)
            {
                problems.Add(new Problem(ProblemCodes.Duplicate, line.Sku));
                continue;
            }
            var quantity = group.Single().Quantity;
            if (quantity < 0) problems.Add(new Problem(ProblemCodes.QuantityNotPositive, line.Sku));
            else if (quantity > line.Approved) problems.Add(new Problem(ProblemCodes.ExceedsApproved, line.Sku, line.Sku, quantity, line.Approved));
        }
        return problems;
    }

    /// <summary>
    /// Each line's received quantity at its frozen unit price, rounded once per line (<see cref="Money.Round"/>), as
    /// invoices round their lines; the total is the sum of the rounded lines, so credit note and invoice agree to the cent.
    /// </summary>
    public static ReturnCredit Credit(IReadOnlyList<CreditedReturnLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var amounts = lines.Select(l =>
        {
            if (l.Received < 0) throw new ArgumentOutOfRangeException(nameof(lines), l.Received, "A received quantity is never negative.");
            return Money.Round(l.Received * l.UnitPrice);
        }).ToList();
        return new ReturnCredit(amounts, amounts.Sum());
    }
}
