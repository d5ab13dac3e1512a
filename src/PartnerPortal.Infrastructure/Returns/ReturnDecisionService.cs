using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Returns;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;

namespace PartnerPortal.Infrastructure.Returns;

/// <summary>
/// A channel manager approves or rejects a requested return of a partner in their regions (an admin, of any partner). A
/// rejection needs its reason. The return's version makes a decision racing the dealer's cancellation fail and retry.
/// </summary>
public sealed class ReturnDecisionService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser, TimeProvider clock)
{
    /// <exception cref="ScopeViolationException">The caller is not brand staff.</exception>
    public Task<Outcome> ApproveAsync(int returnId, string? note = null, CancellationToken ct = default) => DecideAsync(returnId, true, note, ct);

    /// <exception cref="ScopeViolationException">The caller is not brand staff.</exception>
    public Task<Outcome> RejectAsync(int returnId, string? reason, CancellationToken ct = default) => DecideAsync(returnId, false, reason, ct);

    private async Task<Outcome> DecideAsync(int returnId, bool approve, string? note, CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);
        CommandSupport.RequireBrandStaff(user);
        var problems = ReturnRules.CheckDecision(approve, note);
        if (problems.Count > 0) return Outcome.Failed(problems);
        note = note?.Trim() ?? "";
        return await CommandSupport.RetryAsync(async () =>
        {
            await using var db = await contexts.CreateAsync(ct);
            var request = await db.ReturnRequests.FirstOrDefaultAsync(r => r.Id == returnId, ct);
            if (request is null) return Outcome.Failed(ProblemCodes.NotFound, "Return");
            var next = approve ? ReturnStatus.Approved : ReturnStatus.Rejected;
            if (!ReturnTransitions.CanMove(request.Status, next))
                return Outcome.Failed(ProblemCodes.WrongReturnStatus, "Return", request.Status.ToString());
            request.DecisionNote = note;
            request.MoveTo(next, clock.GetUtcNow(), user.UserId, user.UserName, note);
            await db.SaveChangesAsync(ct);
            return Outcome.Success;
        }, ct);
    }
}
