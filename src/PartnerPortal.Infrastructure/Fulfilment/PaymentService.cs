using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Credit.Rules;
using PartnerPortal.Domain.Pricing;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Credit;

namespace PartnerPortal.Infrastructure.Fulfilment;

/// <summary>
/// Records money received from a partner and applies it to the open invoices, oldest due date first
/// (<see cref="PaymentAllocation"/>); what no invoice needs stays on the payment as an advance.
/// </summary>
public sealed class PaymentService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser, TimeProvider clock)
{
    /// <returns>The id of the payment's ledger entry.</returns>
    public async Task<Outcome<int>> RecordPaymentAsync(int partnerId, decimal amount, DateOnly date, string reference,
        CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        var problems = new List<Problem>();
        if (amount <= 0) problems.Add(new Problem(ProblemCodes.AmountNotPositive, "Amount"));
        else if (Money.Round(amount) != amount) problems.Add(new Problem(ProblemCodes.TooManyDecimals, "Amount", Money.Decimals));
        if (date == default) problems.Add(new Problem(ProblemCodes.Required, "Date"));
        TextRules.Optional(problems, "Reference", reference, LedgerEntry.ReferenceMaxLength);
        if (problems.Count > 0) return Outcome<int>.Failed(problems);
        return await CommandSupport.RetryAsync(() => TryRecordAsync(partnerId, amount, date, reference?.Trim() ?? "", ct), ct);
    }

    private async Task<Outcome<int>> TryRecordAsync(int partnerId, decimal amount, DateOnly date, string reference, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await db.Partners.AnyAsync(p => p.Id == partnerId, ct)) return Outcome<int>.Failed(ProblemCodes.NotFound, "Partner");
        var account = await db.CreditAccounts.FirstOrDefaultAsync(a => a.PartnerId == partnerId, ct);
        if (account is null) return Outcome<int>.Failed(ProblemCodes.NoCreditAccount);

        var invoices = await db.LedgerEntries
            .OpenInvoicesOf(partnerId)
            .ToDictionaryAsync(e => e.Id, ct);
        var result = PaymentAllocation.Allocate(amount,
            invoices.Values.Select(i => new InvoiceToAllocate(i.Id, i.DueDate ?? i.Date, i.OpenAmount)));

        var payment = new LedgerEntry
        {
            PartnerId = partnerId, Kind = LedgerEntryKind.Payment, Date = date, Amount = amount, OpenAmount = result.Unallocated,
            Number = await CommandSupport.NextNumberAsync(db.LedgerEntries.IgnoreQueryFilters().Select(e => e.Number), "PAY",
                CommandSupport.Today(clock), ct),
            Reference = reference, CreatedAt = clock.GetUtcNow(),
        };
        db.LedgerEntries.Add(payment);
        foreach (var allocation in result.Allocations)
        {
            invoices[allocation.InvoiceId].OpenAmount -= allocation.Amount;
            db.LedgerAllocations.Add(new LedgerAllocation { PaymentEntry = payment, InvoiceEntryId = allocation.InvoiceId, Amount = allocation.Amount });
        }
        account.Balance -= amount;
        account.Version++;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Outcome<int>.Success(payment.Id);
    }
}
