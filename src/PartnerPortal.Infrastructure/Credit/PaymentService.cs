using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Credit.Rules;
using PartnerPortal.Domain.Pricing;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;

namespace PartnerPortal.Infrastructure.Credit;

/// <summary>
/// Records money received from a partner through the <see cref="Ledger"/>, which applies it to the open invoices, oldest
/// due date first; what no invoice needs stays on the payment as an advance.
/// </summary>
public sealed class PaymentService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser, TimeProvider clock)
{
    /// <summary>
    /// A payment a channel manager records by hand. It names the bank's reference, or, when there is none (cash, a
    /// transfer without one), says why in <paramref name="noReferenceReason"/>, which is kept as the payment's note.
    /// </summary>
    /// <returns>The id of the payment's ledger entry.</returns>
    public async Task<Outcome<int>> RecordPaymentAsync(int partnerId, decimal amount, DateOnly date, string? reference,
        string? noReferenceReason = null, CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        var referenceProblems = MoneyEntryRules.CheckPaymentReference(reference, noReferenceReason);
        var outcome = await RecordAsync(partnerId, amount, date, reference ?? "", null, referenceProblems,
            string.IsNullOrWhiteSpace(noReferenceReason) ? null : noReferenceReason.Trim(), ct);
        return outcome.Succeeded ? Outcome<int>.Success(outcome.Value!.PaymentEntryId) : Outcome<int>.Failed(outcome.Problems);
    }

    /// <summary>
    /// A payment the ERP reports, by the same rules as <see cref="RecordPaymentAsync"/>, once per <paramref name="externalReference"/>:
    /// the same reference again (a retry, also several at once) returns the payment it made, with
    /// <see cref="PaymentPosting.Created"/> false. The unique index on the reference decides between concurrent retries.
    /// </summary>
    /// <returns>Fails with <see cref="ProblemCodes.ReferenceInUse"/> when the reference was posted for another partner or amount.</returns>
    public async Task<Outcome<PaymentPosting>> RecordExternalPaymentAsync(int partnerId, decimal amount, DateOnly date, string externalReference,
        string reference, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(externalReference);
        CommandSupport.RequireBrandStaffOrIntegration(await currentUser.GetAsync(ct));
        var referenceProblems = new List<Problem>();
        TextRules.Optional(referenceProblems, "Reference", reference, LedgerEntry.ReferenceMaxLength);
        return await RecordAsync(partnerId, amount, date, reference, externalReference, referenceProblems, null, ct);
    }

    private async Task<Outcome<PaymentPosting>> RecordAsync(int partnerId, decimal amount, DateOnly date, string reference, string? externalReference,
        IReadOnlyList<Problem> referenceProblems, string? note, CancellationToken ct)
    {
        var problems = new List<Problem>();
        if (amount <= 0) problems.Add(new Problem(ProblemCodes.AmountNotPositive, "Amount"));
        else if (Money.Round(amount) != amount) problems.Add(new Problem(ProblemCodes.TooManyDecimals, "Amount", Money.Decimals));
        if (date == default) problems.Add(new Problem(ProblemCodes.Required, "Date"));
        else DateRules.InRange(problems, "Date", date);
        problems.AddRange(referenceProblems);
        if (problems.Count > 0) return Outcome<PaymentPosting>.Failed(problems);
        return await CommandSupport.RetryAsync(() => TryRecordAsync(partnerId, amount, date, reference?.Trim() ?? "", externalReference, note, ct), ct);
    }

    private async Task<Outcome<PaymentPosting>> TryRecordAsync(int partnerId, decimal amount, DateOnly date, string reference, string? externalReference,
        string? note, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (externalReference is not null)
        {
            // References are unique across all partners, so the lookup reads past the caller's scope; only whether the
            // payment is the same one is used, nothing of another partner's is returned.
            var existing = await db.LedgerEntries.IgnoreQueryFilters()
                .Where(e => e.Kind == LedgerEntryKind.Payment && e.ExternalReference == externalReference)
                .Select(e => new { e.Id, e.PartnerId, e.Amount }).FirstOrDefaultAsync(ct);
            if (existing is not null)
            {
                return existing.PartnerId == partnerId && existing.Amount == amount
                    ? Outcome<PaymentPosting>.Success(new PaymentPosting(existing.Id, Created: false))
                    : Outcome<PaymentPosting>.Failed(ProblemCodes.ReferenceInUse, "ExternalReference");
            }
        }
        if (!await db.Partners.AnyAsync(p => p.Id == partnerId, ct)) return Outcome<PaymentPosting>.Failed(ProblemCodes.NotFound, "Partner");
        var ledger = new Ledger(db, clock);
        var account = await ledger.AccountAsync(partnerId, ct);
        if (account is null) return Outcome<PaymentPosting>.Failed(ProblemCodes.NoCreditAccount);
        var payment = await ledger.ReceivePaymentAsync(account, amount, date, reference, externalReference, ct);
        payment.Note = note;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Outcome<PaymentPosting>.Success(new PaymentPosting(payment.Id, Created: true));
    }
}
