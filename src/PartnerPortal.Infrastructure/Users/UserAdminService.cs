using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Common;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Identity;
using PartnerPortal.Infrastructure.Regions;

namespace PartnerPortal.Infrastructure.Users;

/// <summary>
/// User administration (Admin only): create users with a role and partner, assign channel managers
/// to regions, lock, unlock and reset passwords. Each call works in its own DI scope so that
/// Identity's context lives for one operation, not for the whole circuit.
/// </summary>
public sealed class UserAdminService(IServiceScopeFactory scopes, ICurrentUserAccessor currentUser, TimeProvider clock)
{
    public async Task<PagedResult<UserListItem>> ListAsync(PageRequest page, CancellationToken ct = default)
    {
        await using var op = await BeginAsync(ct);
        var db = op.Db;
        var query = db.Users.AsNoTracking();
        if (page.SearchPattern is { } like)
            query = query.Where(u => EF.Functions.Like(u.Email!, like, PageRequest.LikeEscape) || EF.Functions.Like(u.DisplayName, like, PageRequest.LikeEscape)
                || (u.Partner != null && EF.Functions.Like(u.Partner.Code, like, PageRequest.LikeEscape)));
        var total = await query.CountAsync(ct);
        query = (page.SortBy, page.Descending) switch
        {
            ("DisplayName", false) => query.OrderBy(u => u.DisplayName),
            ("DisplayName", true) => query.OrderByDescending(u => u.DisplayName),
            ("Partner", false) => query.OrderBy(u => u.Partner!.Code).ThenBy(u => u.Email),
            ("Partner", true) => query.OrderByDescending(u => u.Partner!.Code).ThenBy(u => u.Email),
            (_, true) => query.OrderByDescending(u => u.Email),
            _ => query.OrderBy(u => u.Email),
        };
        var now = clock.GetUtcNow();
        var rows = await query.Skip(page.Skip).Take(page.SafePageSize)
            .Select(u => new
            {
                u.Id, u.Email, u.DisplayName, u.PartnerId, PartnerCode = u.Partner != null ? u.Partner.Code : null,
                PartnerName = u.Partner != null ? u.Partner.Name : null, PartnerNameEn = u.Partner != null ? u.Partner.NameEn : null,
                u.LockoutEnd, u.TwoFactorEnabled,
                Role = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).FirstOrDefault(),
                Regions = db.ManagerRegions.Where(m => m.UserId == u.Id)
                    .Select(m => new RegionOption(m.Region!.Id, m.Region.Code, m.Region.Name, m.Region.NameEn)).ToList(),
            })
            .ToListAsync(ct);
        var items = rows.Select(r => new UserListItem(r.Id, r.Email ?? "", r.DisplayName, r.Role ?? "", r.PartnerId, r.PartnerCode,
            r.PartnerName is null ? (LocalName?)null : new LocalName(r.PartnerName, r.PartnerNameEn), r.Regions.OrderBy(g => g.Code).ToList(),
            r.LockoutEnd > now, r.TwoFactorEnabled)).ToList();
        return new PagedResult<UserListItem>(items, total);
    }

    public async Task<Outcome<string>> CreateAsync(UserDraft draft, CancellationToken ct = default)
    {
        await using var op = await BeginAsync(ct);
        draft = Normalize(draft);
        var problems = await ValidateAsync(op, null, draft, ct);
        if (string.IsNullOrEmpty(draft.Password)) problems.Add(new Problem(ProblemCodes.Required, nameof(draft.Password)));
        if (problems.Count > 0) return Outcome<string>.Failed(problems);

        await using var tx = await op.Db.Database.BeginTransactionAsync(ct);
        var user = new PortalUser
        {
            UserName = draft.Email, Email = draft.Email, EmailConfirmed = true, DisplayName = draft.DisplayName,
            PartnerId = draft.PartnerId, CreatedAt = clock.GetUtcNow(),
        };
        var created = await op.Users.CreateAsync(user, draft.Password!);
        if (!created.Succeeded) return Outcome<string>.Failed(IdentityProblems(created));
        var role = await op.Users.AddToRoleAsync(user, draft.Role);
        if (!role.Succeeded) return Outcome<string>.Failed(IdentityProblems(role));
        op.Db.ManagerRegions.AddRange(draft.RegionIds.Select(r => new ManagerRegion { UserId = user.Id, RegionId = r }));
        await op.Db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Outcome<string>.Success(user.Id);
    }

    public async Task<Outcome> UpdateAsync(string id, UserDraft draft, CancellationToken ct = default)
    {
        await using var op = await BeginAsync(ct);
        var user = await op.Users.FindByIdAsync(id);
        if (user is null) return Outcome.Failed(ProblemCodes.NotFound);
        draft = Normalize(draft);
        var problems = await ValidateAsync(op, id, draft, ct);
        // An administrator cannot take the role away from themselves (and so leave the portal without one).
        if (id == op.Caller.UserId && draft.Role != PortalRoles.Admin)
            problems.Add(new Problem(ProblemCodes.CannotChangeOwnRole, nameof(draft.Role)));
        if (problems.Count > 0) return Outcome.Failed(problems);

        await using var tx = await op.Db.Database.BeginTransactionAsync(ct);
        var loginChanged = !string.Equals(user.Email, draft.Email, StringComparison.OrdinalIgnoreCase) || user.PartnerId != draft.PartnerId;
        (user.Email, user.UserName, user.DisplayName, user.PartnerId) = (draft.Email, draft.Email, draft.DisplayName, draft.PartnerId);
        var updated = await op.Users.UpdateAsync(user);
        if (!updated.Succeeded) return Outcome.Failed(IdentityProblems(updated));
        var roles = await op.Users.GetRolesAsync(user);
        loginChanged |= !roles.SequenceEqual([draft.Role]);
        if (!roles.SequenceEqual([draft.Role]))
        {
            var changed = await op.Users.RemoveFromRolesAsync(user, roles);
            if (changed.Succeeded) changed = await op.Users.AddToRoleAsync(user, draft.Role);
            if (!changed.Succeeded) return Outcome.Failed(IdentityProblems(changed));
        }
        var existing = await op.Db.ManagerRegions.Where(m => m.UserId == id).ToListAsync(ct);
        op.Db.ManagerRegions.RemoveRange(existing.Where(m => !draft.RegionIds.Contains(m.RegionId)));
        op.Db.ManagerRegions.AddRange(draft.RegionIds.Where(r => existing.All(m => m.RegionId != r))
            .Select(r => new ManagerRegion { UserId = id, RegionId = r }));
        await op.Db.SaveChangesAsync(ct);
        // A changed role, partner or login ends the user's sessions (they are checked on every request): what they may
        // see changed. A new name or new regions do not: regions are read afresh for every query, and signing someone out
        // because a typo in their name was fixed would only annoy them (the new name shows from their next sign-in).
        if (loginChanged) await op.Users.UpdateSecurityStampAsync(user);
        await tx.CommitAsync(ct);
        return Outcome.Success;
    }

    /// <summary>Locks a user out indefinitely, or lifts a lock (including one from failed sign-ins).</summary>
    public async Task<Outcome> SetLockedAsync(string id, bool locked, CancellationToken ct = default)
    {
        await using var op = await BeginAsync(ct);
        if (locked && id == op.Caller.UserId) return Outcome.Failed(ProblemCodes.CannotLockSelf);
        var user = await op.Users.FindByIdAsync(id);
        if (user is null) return Outcome.Failed(ProblemCodes.NotFound);
        await op.Users.SetLockoutEnabledAsync(user, true);
        await op.Users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        if (!locked) await op.Users.ResetAccessFailedCountAsync(user);
        else await op.Users.UpdateSecurityStampAsync(user); // ends the user's open sessions
        return Outcome.Success;
    }

    public async Task<Outcome> ResetPasswordAsync(string id, string newPassword, CancellationToken ct = default)
    {
        await using var op = await BeginAsync(ct);
        var user = await op.Users.FindByIdAsync(id);
        if (user is null) return Outcome.Failed(ProblemCodes.NotFound);
        if (string.IsNullOrEmpty(newPassword)) return Outcome.Failed(ProblemCodes.Required, "Password");
        var token = await op.Users.GeneratePasswordResetTokenAsync(user);
        var result = await op.Users.ResetPasswordAsync(user, token, newPassword);
        return result.Succeeded ? Outcome.Success : Outcome.Failed(IdentityProblems(result));
    }

    private static UserDraft Normalize(UserDraft d) => d with
    {
        Email = (d.Email ?? "").Trim(),
        DisplayName = (d.DisplayName ?? "").Trim(),
        // Only partner staff belong to a partner, and only channel managers have regions.
        PartnerId = PortalRoles.RequiresPartner(d.Role) ? d.PartnerId : null,
        RegionIds = d.Role == PortalRoles.ChannelManager ? d.RegionIds.Distinct().ToList() : [],
    };

    private static async Task<List<Problem>> ValidateAsync(Operation op, string? id, UserDraft d, CancellationToken ct)
    {
        var problems = new List<Problem>();
        TextRules.Required(problems, nameof(d.Email), d.Email, 256);
        TextRules.Email(problems, nameof(d.Email), d.Email, 256);
        TextRules.Required(problems, nameof(d.DisplayName), d.DisplayName, PortalUser.DisplayNameMaxLength);
        if (!PortalRoles.All.Contains(d.Role)) problems.Add(new Problem(ProblemCodes.Required, nameof(d.Role)));
        if (PortalRoles.RequiresPartner(d.Role))
        {
            if (d.PartnerId is null) problems.Add(new Problem(ProblemCodes.PartnerRequiredForRole, nameof(d.PartnerId)));
            else if (!await op.Db.Partners.AnyAsync(p => p.Id == d.PartnerId, ct)) problems.Add(new Problem(ProblemCodes.NotFound, nameof(d.PartnerId)));
        }
        var knownRegions = await op.Db.Regions.CountAsync(r => d.RegionIds.Contains(r.Id), ct);
        if (knownRegions != d.RegionIds.Count) problems.Add(new Problem(ProblemCodes.NotFound, nameof(d.RegionIds)));
        var normalized = op.Users.NormalizeEmail(d.Email);
        if (!string.IsNullOrEmpty(d.Email) && await op.Db.Users.AnyAsync(u => u.NormalizedEmail == normalized && u.Id != id, ct))
            problems.Add(new Problem(ProblemCodes.Duplicate, nameof(d.Email), d.Email));
        return problems;
    }

    // Identity's own errors, mapped to the field they concern; password rules keep Identity's wording.
    private static IEnumerable<Problem> IdentityProblems(IdentityResult result) => result.Errors.Select(e => e.Code switch
    {
        "InvalidUserName" or "InvalidEmail" => new Problem(ProblemCodes.InvalidEmail, nameof(UserDraft.Email)),
        "DuplicateUserName" or "DuplicateEmail" => new Problem(ProblemCodes.Duplicate, nameof(UserDraft.Email), e.Description),
        _ when e.Code.StartsWith("Password", StringComparison.Ordinal) => new Problem(ProblemCodes.PasswordRejected, nameof(UserDraft.Password), e.Description),
        _ => new Problem(ProblemCodes.PasswordRejected, null, e.Description),
    });

    private async Task<Operation> BeginAsync(CancellationToken ct)
    {
        var caller = await currentUser.GetAsync(ct);
        RoleGuard.Require(caller, PortalRoles.Admin);
        var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.Actor = caller.Actor;
        db.Scope = AccessScope.Everything;
        return new Operation(scope, db, scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>(), caller);
    }

    private sealed record Operation(AsyncServiceScope Scope, PortalDbContext Db, UserManager<PortalUser> Users, CurrentUser Caller) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Scope.DisposeAsync();
    }
}
