using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Users;

namespace PartnerPortal.Infrastructure.Integration;

/// <summary>
/// API keys: created and revoked by an admin, looked up by their prefix and checked against the stored SHA-256 hash on
/// every call. A key is 32 random bytes, so a fast hash is enough (no dictionary can guess it); a slow password hash
/// would cost every API call.
/// </summary>
public sealed class ApiKeyService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser, TimeProvider clock)
{
    public const string KeyStart = "pp_";
    /// <summary>Last-used times are written at most this often per key, not on every call.</summary>
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    /// <exception cref="ScopeViolationException">The caller is not an admin.</exception>
    public async Task<Outcome<CreatedApiKey>> CreateAsync(ApiKeyDraft draft, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var user = await currentUser.GetAsync(ct);
        RoleGuard.Require(user, PortalRoles.Admin);
        var problems = Validate(draft);
        await using var db = await contexts.CreateAsync(ct);
        var regions = draft.RegionIds.Distinct().ToList();
        if (regions.Count > 0 && await db.Regions.CountAsync(r => regions.Contains(r.Id), ct) != regions.Count)
            problems.Add(new Problem(ProblemCodes.NotFound, nameof(ApiKeyDraft.RegionIds)));
        if (problems.Count > 0) return Outcome<CreatedApiKey>.Failed(problems);

        var key = KeyStart + Base64Url(RandomNumberGenerator.GetBytes(32));
        var entity = new ApiKey
        {
            Name = draft.Name.Trim(), Prefix = key[..ApiKey.PrefixLength], SecretHash = Hash(key), Scopes = draft.Scopes.Distinct().ToList(),
            RegionIds = regions, RequestsPerMinute = draft.RequestsPerMinute, CreatedAt = clock.GetUtcNow(), CreatedByUserName = user.UserName,
        };
        db.ApiKeys.Add(entity);
        await db.SaveChangesAsync(ct);
        return Outcome<CreatedApiKey>.Success(new CreatedApiKey(entity.Id, entity.Prefix, key));
    }

    /// <exception cref="ScopeViolationException">The caller is not an admin.</exception>
    public async Task<IReadOnlyList<ApiKeyRow>> ListAsync(CancellationToken ct = default)
    {
        RoleGuard.Require(await currentUser.GetAsync(ct), PortalRoles.Admin);
        await using var db = await contexts.CreateAsync(ct);
        var keys = await db.ApiKeys.AsNoTracking().OrderBy(k => k.RevokedAt != null).ThenBy(k => k.Name).ToListAsync(ct);
        var actor = await ActorNames.ResolveAsync(db, keys.Select(k => k.CreatedByUserName), ct);
        return keys.Select(k => new ApiKeyRow(k.Id, k.Name, k.Prefix, k.Scopes, k.RegionIds, k.RequestsPerMinute, k.CreatedAt,
            actor(k.CreatedByUserName), k.LastUsedAt, k.RevokedAt)).ToList();
    }

    /// <summary>Revokes the key at once: its next call is refused. Revoking a revoked key changes nothing.</summary>
    /// <exception cref="ScopeViolationException">The caller is not an admin.</exception>
    public async Task<Outcome> RevokeAsync(int id, CancellationToken ct = default)
    {
        RoleGuard.Require(await currentUser.GetAsync(ct), PortalRoles.Admin);
        await using var db = await contexts.CreateAsync(ct);
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, ct);
        if (key is null) return Outcome.Failed(ProblemCodes.NotFound);
        key.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return Outcome.Success;
    }

    /// <summary>The caller behind <paramref name="key"/>, or null when it is unknown, wrong or revoked. Notes the time it was used.</summary>
    public async Task<ApiCaller?> AuthenticateAsync(string? key, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(key) || !key.StartsWith(KeyStart, StringComparison.Ordinal) || key.Length < ApiKey.PrefixLength) return null;
        await using var db = await contexts.CreateForSystemAsync("api-keys", ct);
        var prefix = key[..ApiKey.PrefixLength];
        var stored = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Prefix == prefix, ct);
        if (stored is null || stored.RevokedAt is not null) return null;
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(key)), Encoding.ASCII.GetBytes(stored.SecretHash))) return null;

        var now = clock.GetUtcNow();
        if (stored.LastUsedAt is not { } last || now - last >= LastUsedResolution)
        {
            // Not audited: a time stamp, not a change anyone made.
            var since = now - LastUsedResolution;
            await db.ApiKeys.Where(k => k.Id == stored.Id && (k.LastUsedAt == null || k.LastUsedAt <= since))
                .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), ct);
        }
        return new ApiCaller(stored.Id, stored.Name, stored.Scopes, stored.RegionIds, stored.RequestsPerMinute);
    }

    private static List<Problem> Validate(ApiKeyDraft draft)
    {
        var problems = new List<Problem>();
        TextRules.Required(problems, nameof(ApiKeyDraft.Name), draft.Name, ApiKey.NameMaxLength);
        if (draft.Scopes.Count == 0) problems.Add(new Problem(ProblemCodes.Required, nameof(ApiKeyDraft.Scopes)));
        else if (draft.Scopes.Any(s => !ApiScopes.IsKnown(s))) problems.Add(new Problem(ProblemCodes.NotFound, nameof(ApiKeyDraft.Scopes)));
        if (draft.RequestsPerMinute is < 1 or > 10_000)
            problems.Add(new Problem(ProblemCodes.OutOfRange, nameof(ApiKeyDraft.RequestsPerMinute), 1, 10_000));
        return problems;
    }

    internal static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
