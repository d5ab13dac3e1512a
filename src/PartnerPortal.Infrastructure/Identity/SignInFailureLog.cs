using System.Text.Json;
using Microsoft.Extensions.Logging;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Infrastructure.Access;

namespace PartnerPortal.Infrastructure.Identity;

/// <summary>
/// Records refused sign-ins in the application log and the audit log (entity type <see cref="EntityType"/>, action
/// <see cref="AuditAction.Failed"/>), so that an administrator can see guessing against an account or from an address.
/// The password is never passed here.
/// </summary>
public sealed class SignInFailureLog(PortalDbContextFactory contexts, TimeProvider clock, ILogger<SignInFailureLog> logger)
{
    public const string EntityType = "SignIn";
    private const int MaxLoginLength = 256;

    public async Task RecordAsync(SignInFailure failure, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(failure);
        // What was typed into the e-mail field goes into logs: no line breaks or other control characters, and not unbounded.
        var login = new string(failure.Login.Where(c => !char.IsControl(c)).Take(MaxLoginLength).ToArray());
        logger.LogWarning("Sign-in refused for {Login} (user {UserId}) from {Address}: {Reason}.",
            login, failure.UserId ?? "unknown", failure.Address ?? "unknown", failure.Reason);

        await using var db = await contexts.CreateForSystemAsync("sign-in", ct);
        db.AuditEntries.Add(new AuditEntry
        {
            OccurredAt = clock.GetUtcNow(),
            UserId = failure.UserId,
            UserName = login,
            EntityType = EntityType,
            EntityKey = failure.UserId ?? "",
            Action = AuditAction.Failed,
            Changes = JsonSerializer.Serialize(new { reason = failure.Reason.ToString(), address = failure.Address }),
        });
        await db.SaveChangesAsync(ct);
    }
}
