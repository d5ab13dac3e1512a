using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Credit;

namespace PartnerPortal.Infrastructure.Integration;

/// <summary>
/// The ERP's customer master: bulk upsert of partners by code, with their contacts and credit settings. Every item is
/// checked with the portal's own rules (<see cref="PartnerRules"/>, the credit settings' limits) before anything is
/// written; then all are saved in one transaction, or none. A key restricted to regions creates and changes partners of
/// those regions only. Partners, contacts and credit accounts are audited, so each change is logged as made by the key.
/// </summary>
public sealed class PartnerSyncService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser)
{
    private static readonly Dictionary<string, string> Renamed = new()
    {
        [nameof(PartnerDraft.RegionId)] = "regionCode",
        [nameof(PartnerDraft.ParentPartnerId)] = "parentCode",
    };

    /// <exception cref="ScopeViolationException">The caller is neither an integration nor an admin.</exception>
    public async Task<BatchOutcome<UpsertSummary>> UpsertPartnersAsync(IReadOnlyList<PartnerSyncItem?> items, CancellationToken ct = default)
    {
        SyncSupport.RequireAdminOrIntegration(await currentUser.GetAsync(ct));
        if (SyncSupport.CheckBatch(items) is { } batchProblem) return BatchOutcome<UpsertSummary>.Failed([batchProblem]);
        // A concurrent upsert of the same new code fails the unique index, and a credit change raises the account's version:
        // the retry reads the winner's rows and updates them.
        return await CommandSupport.RetryAsync(() => TryUpsertAsync(items, ct), ct);
    }

    private async Task<BatchOutcome<UpsertSummary>> TryUpsertAsync(IReadOnlyList<PartnerSyncItem?> items, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var regions = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Code, r => r.Id, StringComparer.OrdinalIgnoreCase, ct);
        var codes = items.SelectMany(i => new[] { Code(i?.Code), Code(i?.ParentCode) }).Where(c => c.Length > 0).Distinct().ToList();
        // Through the caller's scope: a region-restricted key loads only its regions' partners.
        var stored = await db.Partners.Include(p => p.Contacts.OrderBy(c => c.Id)).Where(p => codes.Contains(p.Code)).ToDictionaryAsync(p => p.Code, ct);
        var hidden = db.Scope.Kind == ScopeKind.All ? [] : await CodesOutsideScopeAsync(codes.Except(stored.Keys).ToList(), ct);
        var storedIds = stored.Values.Select(p => p.Id).ToList();
        var accounts = await db.CreditAccounts.Where(a => storedIds.Contains(a.PartnerId)).ToDictionaryAsync(a => a.PartnerId, ct);
        var children = await db.Partners.AsNoTracking().Where(p => p.ParentPartnerId != null && storedIds.Contains(p.ParentPartnerId.Value))
            .Select(p => new { p.Code, ParentId = p.ParentPartnerId!.Value }).ToListAsync(ct);

        var problems = new List<ItemProblem>();
        var plans = new Dictionary<int, PartnerPlan>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not { } item) problems.Add(ItemProblem.For(i, ProblemCodes.Required, $"items[{i}]"));
            else plans[i] = Read(i, item, stored.GetValueOrDefault(Code(item.Code)), accounts, regions, db.Scope, hidden, problems);
        }
        var byCode = new Dictionary<string, PartnerPlan>();
        foreach (var plan in plans.Values.Where(p => p.Draft.Code.Length > 0))
        {
            if (!byCode.TryAdd(plan.Draft.Code, plan)) problems.Add(ItemProblem.For(plan.Index, ProblemCodes.Duplicate, "code", plan.Draft.Code));
        }
        var batchCodes = byCode.Keys.ToHashSet();
        foreach (var plan in plans.Values)
        {
            var parent = ParentOf(plan, byCode, stored, hidden);
            var ruleProblems = PartnerRules.Validate(plan.Draft with { ParentPartnerId = parent is null && plan.ParentCode is not null ? 0 : parent?.Id },
                plan.Id, parent).ToList();
            // An unknown region is reported once, not again as a parent in another region.
            if (!plan.RegionKnown) ruleProblems.RemoveAll(p => p.Code is ProblemCodes.ParentOtherRegion || p.Field == nameof(PartnerDraft.RegionId));
            problems.AddRange(SyncSupport.ForItem(plan.Index, ruleProblems, Renamed));
            // Sub-dealers not in this request keep this partner as their parent: it must stay a distributor of its region.
            if (plan.Stored is { } partner && children.Any(c => c.ParentId == partner.Id && !batchCodes.Contains(c.Code))
                && (plan.Draft.Type != PartnerType.Distributor || (plan.Draft.RegionId > 0 && plan.Draft.RegionId != partner.RegionId)))
            {
                problems.Add(ItemProblem.For(plan.Index, ProblemCodes.HasSubPartners, plan.Draft.Type != PartnerType.Distributor ? "type" : "regionCode"));
            }
        }
        if (problems.Count > 0) return BatchOutcome<UpsertSummary>.Failed(problems);

        var entities = plans.Values.ToDictionary(p => p.Draft.Code, p => p.Stored ?? db.Partners.Add(new Partner()).Entity);
        var (created, updated) = (0, 0);
        foreach (var plan in plans.Values.OrderBy(p => p.Index))
        {
            var partner = entities[plan.Draft.Code];
            var changed = Apply(partner, plan, plan.ParentCode is null ? null : entities.GetValueOrDefault(plan.ParentCode) ?? stored[plan.ParentCode]);
            changed |= plan.Credit is { } credit && ApplyCredit(db, partner, plan.Stored is null ? null : accounts.GetValueOrDefault(partner.Id), credit);
            if (plan.Stored is null) created++;
            else if (changed || db.Entry(partner).State == EntityState.Modified) updated++;
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return BatchOutcome<UpsertSummary>.Success(new UpsertSummary(created, updated, plans.Count - created - updated));
    }

    /// <summary>The item as a partner draft (left-out fields from the stored partner or the defaults), noting what is wrong with it.</summary>
    private static PartnerPlan Read(int index, PartnerSyncItem item, Partner? stored, Dictionary<int, CreditAccount> accounts,
        Dictionary<string, int> regions, AccessScope scope, HashSet<string> hidden, List<ItemProblem> problems)
    {
        var own = new List<Problem>();
        var code = Code(item.Code);
        if (hidden.Contains(code)) own.Add(new Problem(ProblemCodes.OutsideScope, "Code", code));
        var type = SyncSupport.ParseEnum<PartnerType>(own, "Type", item.Type, required: true);
        var tier = SyncSupport.ParseEnum<PartnerTier>(own, "Tier", item.Tier, required: true);
        var status = SyncSupport.ParseEnum<PartnerStatus>(own, "Status", item.Status, required: false);
        var rating = SyncSupport.ParseEnum<CreditRating>(own, "CreditRating", item.CreditRating, required: false);

        var regionCode = TextRules.NormalizeCode(item.RegionCode);
        var regionKnown = regions.TryGetValue(regionCode, out var regionId);
        if (regionCode.Length > 0 && !regionKnown) own.Add(new Problem(ProblemCodes.NotFound, "RegionId", regionCode));
        else if (regionKnown && scope.Kind != ScopeKind.All && !scope.RegionIds.Contains(regionId))
            own.Add(new Problem(ProblemCodes.OutsideScope, "RegionId", regionCode));

        var contacts = item.Contacts?.Select((c, j) =>
        {
            if (c is null) own.Add(new Problem(ProblemCodes.Required, $"Contacts[{j}]"));
            return new ContactDraft((c?.Name ?? "").Trim(), (c?.Title ?? "").Trim(), (c?.Phone ?? "").Trim(), (c?.Email ?? "").Trim(), c?.IsPrimary ?? false);
        }).ToList();
        var draft = new PartnerDraft(code, (item.Name ?? "").Trim(), (item.NameEn ?? stored?.NameEn ?? "").Trim(),
            type ?? PartnerType.Dealer, tier ?? PartnerTier.Standard, status ?? stored?.Status ?? PartnerStatus.Active,
            rating ?? stored?.CreditRating ?? CreditRating.B, regionKnown ? regionId : 0, null, contacts ?? []);
        problems.AddRange(SyncSupport.ForItem(index, own, Renamed));

        CreditSettings? credit = null;
        if (item.Credit is { } sent)
        {
            var creditProblems = new List<Problem>();
            var account = stored is null ? null : accounts.GetValueOrDefault(stored.Id);
            if (sent.CreditLimit is null) creditProblems.Add(new Problem(ProblemCodes.Required, nameof(CreditSettings.CreditLimit)));
            var mode = SyncSupport.ParseEnum<CreditMode>(creditProblems, nameof(CreditSettings.Mode), sent.Mode, required: false);
            credit = new CreditSettings(sent.CreditLimit ?? 0m, mode ?? account?.Mode ?? CreditMode.Hard,
                sent.PaymentTermsDays ?? account?.PaymentTermsDays ?? 30, sent.GraceDays ?? account?.GraceDays ?? 7);
            creditProblems.AddRange(CreditSettingsService.Check(credit));
            problems.AddRange(SyncSupport.ForItem(index, creditProblems, prefix: "credit."));
        }
        var parentCode = Code(item.ParentCode) is { Length: > 0 } p ? p : null;
        return new PartnerPlan(index, stored?.Id ?? -(index + 1), draft, stored, parentCode, type is not null, regionKnown || regionCode.Length == 0,
            contacts, credit);
    }

    /// <summary>The facts of the item's parent, from the request (it may be created alongside) or the stored partners; null when unknown.</summary>
    private static ParentFacts? ParentOf(PartnerPlan plan, Dictionary<string, PartnerPlan> byCode, Dictionary<string, Partner> stored, HashSet<string> hidden)
    {
        if (plan.ParentCode is not { } code || hidden.Contains(code)) return null;
        // A parent in the request with a wrong type or region has its own problem: its children are not blamed for it too.
        if (byCode.TryGetValue(code, out var inBatch))
        {
            return new ParentFacts(inBatch.Id, inBatch.TypeKnown ? inBatch.Draft.Type : PartnerType.Distributor,
                inBatch.Draft.RegionId > 0 ? inBatch.Draft.RegionId : plan.Draft.RegionId);
        }
        return stored.TryGetValue(code, out var partner) ? new ParentFacts(partner.Id, partner.Type, partner.RegionId) : null;
    }

    /// <summary>Copies the draft onto the partner; true when its contacts changed (the partner's own columns show in its entry's state).</summary>
    private static bool Apply(Partner p, PartnerPlan plan, Partner? parent)
    {
        var d = plan.Draft;
        (p.Code, p.Name, p.NameEn, p.Type, p.Tier, p.Status, p.CreditRating, p.RegionId) =
            (d.Code, d.Name, d.NameEn, d.Type, d.Tier, d.Status, d.CreditRating, d.RegionId);
        p.ParentPartner = parent;
        if (parent is null) p.ParentPartnerId = null;
        if (plan.Contacts is not { } contacts) return false;

        var changed = contacts.Count != p.Contacts.Count;
        // Contacts are a small list sent as a whole: replace them, keeping rows whose position is unchanged.
        for (var i = 0; i < contacts.Count; i++)
        {
            var c = contacts[i];
            var row = i < p.Contacts.Count ? p.Contacts[i] : new PartnerContact { PartnerId = p.Id };
            changed |= (row.Name, row.Title, row.Phone, row.Email, row.IsPrimary) != (c.Name, c.Title, c.Phone, c.Email, c.IsPrimary);
            (row.Name, row.Title, row.Phone, row.Email, row.IsPrimary) = (c.Name, c.Title, c.Phone, c.Email, c.IsPrimary);
            if (i >= p.Contacts.Count) p.Contacts.Add(row);
        }
        p.Contacts.RemoveRange(contacts.Count, p.Contacts.Count - contacts.Count);
        return changed;
    }

    /// <summary>Sets the credit settings, opening the account when the partner has none; true when anything changed.</summary>
    private static bool ApplyCredit(PortalDbContext db, Partner partner, CreditAccount? account, CreditSettings s)
    {
        if (account is not null) return account.ChangeSettings(s);
        db.CreditAccounts.Add(new CreditAccount(partner, s));
        return true;
    }

    /// <summary>
    /// Which of the codes belong to partners outside the caller's regions. Codes are unique across all partners, so a key
    /// must be told a code is taken (and not whose it is) rather than fail on the unique index; only the codes are read.
    /// </summary>
    private async Task<HashSet<string>> CodesOutsideScopeAsync(List<string> codes, CancellationToken ct)
    {
        if (codes.Count == 0) return [];
        await using var system = await contexts.CreateForSystemAsync("api-partner-codes", ct);
        return (await system.Partners.AsNoTracking().Where(p => codes.Contains(p.Code)).Select(p => p.Code).ToListAsync(ct)).ToHashSet();
    }

    private static string Code(string? code) => TextRules.NormalizeCode(code);

    private sealed record PartnerPlan(int Index, int Id, PartnerDraft Draft, Partner? Stored, string? ParentCode, bool TypeKnown, bool RegionKnown,
        List<ContactDraft>? Contacts, CreditSettings? Credit);
}
