using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Credit;

namespace PartnerPortal.Infrastructure.Integration;

/// <summary>
/// The ERP's reversal of a payment it posted, by the ERP's reference: <see cref="PaymentReversalService"/> applies the
/// manager's rules in the key's scope, once per payment, so a retry returns the reversal already made.
/// </summary>
public sealed class PaymentReversalPostingService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser, PaymentReversalService reversals)
{
    private static readonly Dictionary<string, string> Fields = new() { ["Payment"] = "reference", ["Reason"] = "reason", ["Note"] = "note" };

    /// <returns>The reversal, new or already made. A payment the key does not see fails with <see cref="ProblemCodes.NotFound"/> on <c>reference</c>.</returns>
    public async Task<Outcome<ApiPosted<ApiPaymentReversal>>> ReverseAsync(string reference, ApiPaymentReversalRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        CommandSupport.RequireBrandStaffOrIntegration(await currentUser.GetAsync(ct));
        var problems = new List<Problem>();
        var reason = ParseReason(request.Reason, problems);
        if (problems.Count > 0) return Outcome<ApiPosted<ApiPaymentReversal>>.Failed(problems);

        var outcome = await reversals.ReverseExternalAsync(reference, reason, request.Note, ct);
        if (!outcome.Succeeded)
            return Outcome<ApiPosted<ApiPaymentReversal>>.Failed(outcome.Problems.Select(p => p with { Field = SyncSupport.ApiField(p.Field, Fields) }));
        await using var db = await contexts.CreateAsync(ct);
        var reversal = await LoadAsync(db, outcome.Value!.ReversalEntryId, ct);
        return Outcome<ApiPosted<ApiPaymentReversal>>.Success(new ApiPosted<ApiPaymentReversal>(reversal, outcome.Value.Created));
    }

    /// <summary>The API's names of the reasons: camel case, as the rest of its JSON.</summary>
    public static string ApiName(ReversalReason reason) => JsonNamingPolicy.CamelCase.ConvertName(reason.ToString());

    private static ReversalReason? ParseReason(string? text, List<Problem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new Problem(ProblemCodes.Required, "reason"));
            return null;
        }
        foreach (var reason in Enum.GetValues<ReversalReason>())
            if (string.Equals(ApiName(reason), text.Trim(), StringComparison.OrdinalIgnoreCase)) return reason;
        problems.Add(new Problem(ProblemCodes.UnknownValue, "reason", string.Join(", ", Enum.GetValues<ReversalReason>().Select(ApiName))));
        return null;
    }

    private static async Task<ApiPaymentReversal> LoadAsync(Data.PortalDbContext db, int reversalId, CancellationToken ct)
    {
        var r = await db.LedgerEntries.AsNoTracking().Where(e => e.Id == reversalId)
            .Select(e => new { e.Number, e.Partner!.Code, e.Amount, e.Date, e.ReversalReason, e.Note, PaymentId = e.ReversesEntryId!.Value })
            .FirstAsync(ct);
        var payment = await db.LedgerEntries.AsNoTracking().Where(e => e.Id == r.PaymentId).Select(e => new { e.Number, e.ExternalReference }).FirstAsync(ct);
        var reopened = await db.LedgerAllocations.AsNoTracking().Where(a => a.PaymentEntryId == r.PaymentId).OrderBy(a => a.Id)
            .Select(a => new ApiPaymentAllocation(a.InvoiceEntry!.Number, a.Amount)).ToListAsync(ct);
        return new ApiPaymentReversal(r.Number, payment.Number, payment.ExternalReference, r.Code, r.Amount, r.Date,
            ApiName(r.ReversalReason ?? ReversalReason.Other), r.Note, reopened);
    }
}
