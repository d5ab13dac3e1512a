using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Credit;

namespace PartnerPortal.Infrastructure.Integration;

/// <summary>
/// The ERP's payments: the partner is found by code in the caller's scope and the payment is recorded by
/// <see cref="PaymentService"/>, so the rules are the manager's (applied to the oldest open invoices first, the rest kept
/// as an advance), once per ERP reference.
/// </summary>
public sealed class PaymentPostingService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser, PaymentService payments)
{
    /// <summary>The length of the ERP's reference in the database.</summary>
    public const int ReferenceMaxLength = 50;

    private static readonly Dictionary<string, string> Fields = new()
    {
        ["Amount"] = "amount", ["Date"] = "date", ["Reference"] = "note", ["Partner"] = "partnerCode", ["ExternalReference"] = "reference",
    };

    /// <returns>The payment, new or (for a reference posted before) the one already recorded. Problems name the API's fields.</returns>
    public async Task<Outcome<ApiPosted<ApiPayment>>> PostAsync(ApiPaymentRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        CommandSupport.RequireBrandStaffOrIntegration(await currentUser.GetAsync(ct));
        var problems = new List<Problem>();
        TextRules.Required(problems, "partnerCode", request.PartnerCode, Partner.CodeMaxLength);
        if (request.Amount is null) problems.Add(new Problem(ProblemCodes.Required, "amount"));
        if (request.Date is null) problems.Add(new Problem(ProblemCodes.Required, "date"));
        TextRules.Required(problems, "reference", request.Reference, ReferenceMaxLength);
        TextRules.Optional(problems, "note", request.Note, LedgerEntry.ReferenceMaxLength);
        if (problems.Count > 0) return Outcome<ApiPosted<ApiPayment>>.Failed(problems);

        await using var db = await contexts.CreateAsync(ct);
        var code = TextRules.NormalizeCode(request.PartnerCode);
        var partnerId = await db.Partners.Where(p => p.Code == code).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        if (partnerId is null) return Outcome<ApiPosted<ApiPayment>>.Failed(ProblemCodes.NotFound, "partnerCode", code);

        var reference = TextRules.NormalizeReference(request.Reference);
        var note = string.IsNullOrWhiteSpace(request.Note) ? reference : request.Note.Trim();
        var outcome = await payments.RecordExternalPaymentAsync(partnerId.Value, request.Amount!.Value, request.Date!.Value, reference, note, ct);
        if (!outcome.Succeeded)
            return Outcome<ApiPosted<ApiPayment>>.Failed(outcome.Problems.Select(p => p with { Field = SyncSupport.ApiField(p.Field, Fields) }));
        var payment = await LoadAsync(db, outcome.Value!.PaymentEntryId, ct);
        return Outcome<ApiPosted<ApiPayment>>.Success(new ApiPosted<ApiPayment>(payment, outcome.Value.Created));
    }

    private static async Task<ApiPayment> LoadAsync(Data.PortalDbContext db, int entryId, CancellationToken ct)
    {
        var payment = await db.LedgerEntries.AsNoTracking().Where(e => e.Id == entryId)
            .Select(e => new { e.Number, e.Partner!.Code, e.Amount, e.Date, e.ExternalReference, e.Reference, e.OpenAmount })
            .FirstAsync(ct);
        var allocations = await db.LedgerAllocations.AsNoTracking().Where(a => a.PaymentEntryId == entryId).OrderBy(a => a.Id)
            .Select(a => new ApiPaymentAllocation(a.InvoiceEntry!.Number, a.Amount)).ToListAsync(ct);
        return new ApiPayment(payment.Number, payment.Code, payment.Amount, payment.Date, payment.ExternalReference, payment.Reference,
            payment.OpenAmount, allocations);
    }
}
