using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Credit.Rules;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Credit;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Common;

namespace PartnerPortal.Infrastructure.Rebates;

/// <summary>
/// Turns a closed period's accruals into credit notes, once: each accrual is claimed with a guarded update before its
/// credit note is written, so a second click, or a second server, finds nothing left to settle.
/// </summary>
internal static class RebateSettlement
{
    /// <summary>Runs inside the caller's transaction; the figures should have been recalculated just before.</summary>
    public static async Task<Outcome<SettlementResult>> SettleAsync(PortalDbContext db, RebatePolicy policy, RebatePeriod period,
        DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        var accruals = await db.RebateAccruals
            .Where(a => a.PolicyId == policy.Id && a.PeriodStart == period.Start)
            .ToListAsync(ct);
        var open = accruals.Where(a => !a.IsSettled).ToList();
        var partnerIds = open.Where(a => a.Amount > 0).Select(a => a.PartnerId).ToList();
        var accounts = await db.CreditAccounts.Where(a => partnerIds.Contains(a.PartnerId)).ToDictionaryAsync(a => a.PartnerId, ct);
        var missing = partnerIds.Where(id => !accounts.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            var codes = await db.Partners.Where(p => missing.Contains(p.Id)).Select(p => p.Code).ToListAsync(ct);
            return Outcome<SettlementResult>.Failed(ProblemCodes.NoCreditAccount, null, string.Join(", ", codes));
        }

        // Numbers are global: the highest is read past the caller's scope; only the number is read.
        var numbers = new NumberSequence(await CommandSupport.NextNumberAsync(
            db.LedgerEntries.IgnoreQueryFilters().Select(e => e.Number), "CN", today, ct));
        var posted = 0;
        var total = 0m;
        foreach (var accrual in open)
        {
            var claimed = await db.RebateAccruals
                .Where(a => a.Id == accrual.Id && a.SettledAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.SettledAt, now), ct);
            if (claimed == 0) continue;
            accrual.SettledAt = now;
            if (accrual.Amount <= 0) continue;

            accrual.CreditNote = await PostCreditNoteAsync(db, accounts[accrual.PartnerId], accrual.Amount, numbers.Next(), today,
                $"{policy.Code} v{policy.VersionNumber} {period.Label}", now, ct);
            posted++;
            total += accrual.Amount;
        }
        await db.SaveChangesAsync(ct);
        return Outcome<SettlementResult>.Success(new SettlementResult(posted, total, accruals.Count - open.Count));
    }

    /// <summary>
    /// A credit note lowers the balance like a payment and is applied to the oldest open invoices first; what no
    /// invoice needs stays open on the note, usable against later invoices.
    /// </summary>
    private static async Task<LedgerEntry> PostCreditNoteAsync(PortalDbContext db, CreditAccount account, decimal amount, string number,
        DateOnly today, string reference, DateTimeOffset now, CancellationToken ct)
    {
        var invoices = await db.LedgerEntries.OpenInvoicesOf(account.PartnerId).ToDictionaryAsync(e => e.Id, ct);
        var allocation = PaymentAllocation.Allocate(amount,
            invoices.Values.Select(i => new InvoiceToAllocate(i.Id, i.DueDate ?? i.Date, i.OpenAmount)));
        var note = new LedgerEntry
        {
            PartnerId = account.PartnerId, Kind = LedgerEntryKind.CreditNote, Number = number, Date = today, Amount = amount,
            OpenAmount = allocation.Unallocated, Reference = reference, CreatedAt = now,
        };
        db.LedgerEntries.Add(note);
        foreach (var a in allocation.Allocations)
        {
            invoices[a.InvoiceId].OpenAmount -= a.Amount;
            db.LedgerAllocations.Add(new LedgerAllocation { PaymentEntry = note, InvoiceEntryId = a.InvoiceId, Amount = a.Amount });
        }
        account.Balance -= amount;
        account.Version++;
        return note;
    }

    /// <summary>CN-202610-00007, CN-202610-00008, … from the first free number on.</summary>
    private sealed class NumberSequence(string first)
    {
        private readonly string _prefix = first[..^5];
        private int _next = int.Parse(first[^5..], CultureInfo.InvariantCulture);

        public string Next() => _prefix + (_next++).ToString("D5", CultureInfo.InvariantCulture);
    }
}
