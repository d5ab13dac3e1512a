using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Credit.Rules;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;

namespace PartnerPortal.Infrastructure.Credit;

/// <summary>
/// Undoes a recorded payment (a bounced transfer, money booked to the wrong partner) through the <see cref="Ledger"/>: the
/// invoices it settled are owed again and the reversal is its own entry (REV-…) with its reason, audited and announced as
/// <c>payment.reversed</c> in the same save. Only brand staff, only for the partners the caller's scope sees: another
/// region's payment is not found. A payment is reversed once; the unique index on the reversal's link decides between two
/// reversals at once, and the account's version between a reversal and a payment posted at the same moment.
/// </summary>
public sealed class PaymentReversalService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser, TimeProvider clock)
{
    /// <summary>The payment and what reversing it undoes; null when the caller does not see a payment of that id.</summary>
    public async Task<PaymentReversalPreview?> PreviewAsync(int paymentEntryId, CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        await using var db = await contexts.CreateAsync(ct);
        var payment = await db.LedgerEntries.AsNoTracking().Where(e => e.Id == paymentEntryId && e.Kind == LedgerEntryKind.Payment)
            .Select(e => new
            {
                e.Id, e.PartnerId, e.Partner!.Code, e.Partner.Name, e.Partner.NameEn, e.Number, e.Date, e.Amount, e.Reference, e.ExternalReference,
                ReversedBy = db.LedgerEntries.Where(r => r.ReversesEntryId == e.Id).Select(r => r.Number).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);
        if (payment is null) return null;
        var invoices = await db.LedgerAllocations.AsNoTracking().Where(a => a.PaymentEntryId == paymentEntryId).OrderBy(a => a.Id)
            .Select(a => new ReopenedInvoice(a.InvoiceEntry!.Number, a.Amount)).ToListAsync(ct);
        return new PaymentReversalPreview(payment.Id, payment.PartnerId, payment.Code, new LocalName(payment.Name, payment.NameEn), payment.Number,
            payment.Date, payment.Amount, payment.Reference, payment.ExternalReference, invoices, payment.ReversedBy);
    }

    /// <summary>A channel manager's or admin's reversal of a payment by its id.</summary>
    /// <returns>
    /// Fails with <see cref="ProblemCodes.NotFound"/> for a payment the caller does not see, <see cref="ProblemCodes.AlreadyReversed"/>
    /// when it was reversed before (also by someone else a moment ago), or the reason's problems.
    /// </returns>
    public async Task<Outcome<PaymentReversal>> ReverseAsync(int paymentEntryId, ReversalReason? reason, string? note, CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        var problems = MoneyEntryRules.CheckReversal(reason, note);
        if (problems.Count > 0) return Outcome<PaymentReversal>.Failed(problems);
        return await CommandSupport.RetryAsync(() => TryReverseAsync(e => e.Id == paymentEntryId, reason!.Value, note, repeatIsSuccess: false, ct), ct);
    }

    /// <summary>
    /// The ERP's reversal of a payment it posted, by its reference. Idempotent: when that payment was reversed already, the
    /// existing reversal is returned with <see cref="PaymentReversal.Created"/> false, whatever reason the repeat gives.
    /// </summary>
    public async Task<Outcome<PaymentReversal>> ReverseExternalAsync(string externalReference, ReversalReason? reason, string? note,
        CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaffOrIntegration(await currentUser.GetAsync(ct));
        var problems = MoneyEntryRules.CheckReversal(reason, note);
        if (problems.Count > 0) return Outcome<PaymentReversal>.Failed(problems);
        var reference = TextRules.NormalizeReference(externalReference);
        return await CommandSupport.RetryAsync(() => TryReverseAsync(e => e.ExternalReference == reference, reason!.Value, note, repeatIsSuccess: true, ct), ct);
    }

    private async Task<Outcome<PaymentReversal>> TryReverseAsync(System.Linq.Expressions.Expression<Func<LedgerEntry, bool>> which,
        ReversalReason reason, string? note, bool repeatIsSuccess, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // The caller's scope filters the payments: another region's is not found, whatever id or reference was sent.
        var payment = await db.LedgerEntries.Where(e => e.Kind == LedgerEntryKind.Payment).Where(which).FirstOrDefaultAsync(ct);
        if (payment is null) return Outcome<PaymentReversal>.Failed(ProblemCodes.NotFound, "Payment");
        var existing = await db.LedgerEntries.AsNoTracking().Where(r => r.ReversesEntryId == payment.Id).FirstOrDefaultAsync(ct);
        if (existing is not null)
        {
            return repeatIsSuccess
                ? Outcome<PaymentReversal>.Success(Result(existing, payment, created: false))
                : Outcome<PaymentReversal>.Failed(ProblemCodes.AlreadyReversed, "Payment", payment.Number, existing.Number);
        }

        var ledger = new Ledger(db, clock);
        var account = await ledger.AccountAsync(payment.PartnerId, ct)
            ?? throw new InvalidOperationException($"Payment {payment.Number} has no credit account.");
        var reversal = await ledger.ReverseAsync(account, payment, CommandSupport.Today(clock), payment.Reference, ct);
        reversal.ReversalReason = reason;
        reversal.Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Outcome<PaymentReversal>.Success(Result(reversal, payment, created: true));
    }

    private static PaymentReversal Result(LedgerEntry reversal, LedgerEntry payment, bool created) =>
        new(reversal.Id, reversal.Number, payment.Id, payment.Number, reversal.Amount, reversal.ReversalReason ?? ReversalReason.Other, created);
}
