using Microsoft.EntityFrameworkCore;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Users;

/// <summary>
/// Who did something, as people know them. Histories store the actor's sign-in name (an e-mail for people), "system" for
/// the portal's own jobs and "api:&lt;key name&gt;" for integrations; lists show a person's display name instead of the
/// e-mail, by one lookup per page, and leave the others for the page to word ("system" is translated there).
/// </summary>
public static class ActorNames
{
    /// <summary>The stored actor of what the portal does by itself (milestone points, background jobs).</summary>
    public const string System = "system";

    /// <summary>The display names of the users among <paramref name="stored"/>, as a lookup that returns anything else unchanged.</summary>
    public static async Task<Func<string?, string>> ResolveAsync(PortalDbContext db, IEnumerable<string?> stored, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var wanted = stored.OfType<string>().Where(n => n.Length > 0 && n != System && !n.StartsWith("api:", StringComparison.Ordinal))
            .Distinct().ToList();
        var names = wanted.Count == 0
            ? []
            : await db.Users.AsNoTracking().Where(u => u.UserName != null && wanted.Contains(u.UserName) && u.DisplayName != "")
                .Select(u => new { UserName = u.UserName!, u.DisplayName })
                .ToDictionaryAsync(u => u.UserName, u => u.DisplayName, StringComparer.Ordinal, ct);
        return name => name is null ? "" : names.TryGetValue(name, out var display) ? display : name;
    }
}
