using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Access;
using PartnerPortal.Infrastructure.Access;

namespace PartnerPortal.Infrastructure.Common;

/// <summary>What the fulfilment commands share: the brand-staff check, the retry on conflicts and document numbers.</summary>
internal static class CommandSupport
{
    private const int Attempts = 8;

    /// <exception cref="ScopeViolationException">The caller is neither a channel manager nor an administrator.</exception>
    public static void RequireBrandStaff(CurrentUser user)
    {
        if (!user.IsInRole(PortalRoles.ChannelManager) && !user.IsAdmin)
            throw new ScopeViolationException($"This action needs the {PortalRoles.ChannelManager} or {PortalRoles.Admin} role.");
    }

    /// <summary>Brand staff, or an integration (an API key; its scopes were checked by the endpoint).</summary>
    /// <exception cref="ScopeViolationException">The caller is none of these.</exception>
    public static void RequireBrandStaffOrIntegration(CurrentUser user)
    {
        if (!user.IsIntegration) RequireBrandStaff(user);
    }

    /// <summary>
    /// Runs one attempt after another while saving fails on a conflict: another command raised a version, took the same
    /// document number or unique key first, or (SQLite) wrote since this attempt's transaction began reading. Each
    /// attempt reads fresh data in a new context and transaction.
    /// </summary>
    public static async Task<T> RetryAsync<T>(Func<Task<T>> attempt, CancellationToken ct)
    {
        for (var i = 1; ; i++)
        {
            try
            {
                return await attempt();
            }
            catch (Exception e) when (i < Attempts && e is DbUpdateException or DbException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(10 * i), ct);
            }
        }
    }

    /// <summary>
    /// The next number after the highest one with the prefix, e.g. INV-202604-00012. Numbers are unique across all
    /// partners, so the highest is looked up without the caller's scope; only that number is read, never returned.
    /// A clash with a concurrent command fails the unique index and the command is retried.
    /// </summary>
    public static async Task<string> NextNumberAsync(IQueryable<string> numbers, string kind, DateOnly day, CancellationToken ct)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"{kind}-{day:yyyyMM}-");
        var last = await numbers.Where(n => n.StartsWith(prefix)).OrderByDescending(n => n).FirstOrDefaultAsync(ct);
        var next = last is not null && int.TryParse(last.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n + 1 : 1;
        return prefix + next.ToString("D5", CultureInfo.InvariantCulture);
    }

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().Date);
}
