using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Credit.Rules;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Credit;

/// <summary>
/// The one place a partner's money moves (DESIGN rule 10). Ordering, shipping, payments, rebate settlement and the API all
/// post through it, inside their own transaction and context: it numbers the documents, applies payments and credit
/// notes to the open invoices (oldest due date first), and changes the account's figures only through the account's own
/// methods. The entries it adds are audited and raise their webhook events (<c>payment.posted</c>, <c>rebate.settled</c>)
/// in the same save, through the context's audit and outbox interceptors.
/// </summary>
internal sealed class Ledger(PortalDbContext db, TimeProvider clock)
{
    /// <summary>The partner's account, tracked, as the caller's scope sees it; null when the partner has none.</summary>
    public Task<CreditAccount?> AccountAsync(int partnerId, CancellationToken ct) =>
        db.CreditAccounts.FirstOrDefaultAsync(a => a.PartnerId == partnerId, ct);

    /// <summary>An order is approved: its total counts against the limit until it ships or is cancelled.</summary>
    public static void CommitOrder(CreditAccount account, decimal total) => account.CommitExposure(total);

    /// <summary>An approved order is cancelled before anything of it was invoiced.</summary>
    public static void ReleaseOrder(CreditAccount account, decimal total) => account.ReleaseExposure(total);

    /// <summary>
    /// The invoice for what shipped of an order, due after the account's payment terms. Dated the day it is raised, not the
    /// day the goods left: numbers are given in posting order, so a shipment posted late (the ERP's shippedOn) would
    /// otherwise carry a later number than invoices dated after it, and would slip into a period whose statement may already
    /// have been issued.
    /// </summary>
    public async Task<LedgerEntry> InvoiceAsync(CreditAccount account, int orderId, decimal amount, string reference, CancellationToken ct)
    {
        var today = CommandSupport.Today(clock);
        var invoice = await NewEntryAsync(account, LedgerEntryKind.Invoice, amount, today, reference, ct);
        invoice.OrderId = orderId;
        invoice.DueDate = today.AddDays(account.PaymentTermsDays);
        invoice.OpenAmount = amount;
        account.PostInvoice(invoice);
        return invoice;
    }

    /// <summary>Money received, applied to the open invoices; what none of them needs stays on the payment as an advance.</summary>
    public async Task<LedgerEntry> ReceivePaymentAsync(CreditAccount account, decimal amount, DateOnly date, string reference,
        string? externalReference, CancellationToken ct)
    {
        var payment = await NewEntryAsync(account, LedgerEntryKind.Payment, amount, date, reference, ct);
        payment.ExternalReference = externalReference;
        await AllocateAsync(payment, ct);
        account.PostPayment(payment);
        return payment;
    }

    /// <summary>A credit granted (a settled rebate), applied to the open invoices like a payment.</summary>
    public async Task<LedgerEntry> GrantCreditNoteAsync(CreditAccount account, decimal amount, DateOnly date, string reference,
        CancellationToken ct)
    {
        var note = await NewEntryAsync(account, LedgerEntryKind.CreditNote, amount, date, reference, ct);
        await AllocateAsync(note, ct);
        account.PostCreditNote(note);
        return note;
    }

    /// <summary>A charge that is not a shipment (a rebate clawed back): owed like an invoice, due after the payment terms.</summary>
    public async Task<LedgerEntry> ChargeDebitNoteAsync(CreditAccount account, decimal amount, DateOnly date, string reference,
        CancellationToken ct)
    {
        var note = await NewEntryAsync(account, LedgerEntryKind.DebitNote, amount, date, reference, ct);
        note.DueDate = date.AddDays(account.PaymentTermsDays);
        note.OpenAmount = amount;
        account.PostDebitNote(note);
        return note;
    }

    /// <summary>
    /// Undoes a payment or credit note: what it paid off the invoices is owed again, nothing of it stays open, and the
    /// reversal is its own entry. The unique index on <see cref="LedgerEntry.ReversesEntryId"/> refuses a second reversal,
    /// also a concurrent one.
    /// </summary>
    public async Task<LedgerEntry> ReverseAsync(CreditAccount account, LedgerEntry original, DateOnly date, string reference,
        CancellationToken ct)
    {
        var reversal = await NewEntryAsync(account, LedgerEntryKind.Reversal, original.Amount, date, reference, ct);
        reversal.ReversesEntryId = original.Id;
        var allocations = await db.LedgerAllocations.Where(a => a.PaymentEntryId == original.Id).ToListAsync(ct);
        var invoiceIds = allocations.Select(a => a.InvoiceEntryId).ToList();
        var invoices = await db.LedgerEntries.Where(e => invoiceIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        // The allocation rows stay as history; the reversal makes them void.
        foreach (var allocation in allocations) invoices[allocation.InvoiceEntryId].OpenAmount += allocation.Amount;
        original.OpenAmount = 0m;
        account.Reverse(original, reversal);
        return reversal;
    }

    /// <summary>Applies a payment or credit note to the partner's open invoices, oldest due date first (<see cref="PaymentAllocation"/>).</summary>
    private async Task AllocateAsync(LedgerEntry credit, CancellationToken ct)
    {
        var invoices = await db.LedgerEntries.OpenInvoicesOf(credit.PartnerId).ToDictionaryAsync(e => e.Id, ct);
        var result = PaymentAllocation.Allocate(credit.Amount,
            invoices.Values.Select(i => new InvoiceToAllocate(i.Id, i.DueDate ?? i.Date, i.OpenAmount)));
        credit.OpenAmount = result.Unallocated;
        foreach (var allocation in result.Allocations)
        {
            invoices[allocation.InvoiceId].OpenAmount -= allocation.Amount;
            db.LedgerAllocations.Add(new LedgerAllocation { PaymentEntry = credit, InvoiceEntryId = allocation.InvoiceId, Amount = allocation.Amount });
        }
    }

    private async Task<LedgerEntry> NewEntryAsync(CreditAccount account, LedgerEntryKind kind, decimal amount, DateOnly date, string reference,
        CancellationToken ct)
    {
        var entry = new LedgerEntry
        {
            PartnerId = account.PartnerId, Partner = account.PartnerId == 0 ? account.Partner : null, Kind = kind,
            Number = await NextNumberAsync(kind, CommandSupport.Today(clock), ct), Date = date, Amount = amount, Reference = reference,
            CreatedAt = clock.GetUtcNow(),
        };
        db.LedgerEntries.Add(entry);
        return entry;
    }

    /// <summary>
    /// INV-202612-00012: the next number of the kind in this month, after those stored (read past the caller's scope; only
    /// the number is read) and those this save adds. A clash with a concurrent command fails the unique index and the
    /// command is retried.
    /// </summary>
    private async Task<string> NextNumberAsync(LedgerEntryKind kind, DateOnly day, CancellationToken ct)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"{Prefix(kind)}-{day:yyyyMM}-");
        var stored = await db.LedgerEntries.IgnoreQueryFilters().Where(e => e.Number.StartsWith(prefix))
            .OrderByDescending(e => e.Number).Select(e => e.Number).FirstOrDefaultAsync(ct);
        var pending = db.ChangeTracker.Entries<LedgerEntry>().Where(e => e.State == EntityState.Added)
            .Select(e => e.Entity.Number).Where(n => n.StartsWith(prefix, StringComparison.Ordinal));
        var last = pending.Append(stored).Where(n => n is not null).Max(StringComparer.Ordinal);
        var next = last is not null && int.TryParse(last.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n + 1 : 1;
        return prefix + next.ToString("D5", CultureInfo.InvariantCulture);
    }

    internal static string Prefix(LedgerEntryKind kind) => kind switch
    {
        LedgerEntryKind.Invoice => "INV",
        LedgerEntryKind.Payment => "PAY",
        LedgerEntryKind.CreditNote => "CN",
        LedgerEntryKind.DebitNote => "DN",
        LedgerEntryKind.Reversal => "REV",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
