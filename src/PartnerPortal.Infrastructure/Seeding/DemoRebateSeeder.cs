using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Rebates;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>
/// The demo rebate policies (assets/demo/rebates.json), active from some months back, with their accruals
/// calculated from the order history and every closed period but the last one settled as credit notes, so that
/// dealers see settled, accrued and current figures side by side.
/// </summary>
internal sealed class DemoRebateSeeder(PortalDbContext db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public sealed record TierRow(decimal Threshold, decimal Rate);

    public sealed record PolicyRow(string Code, string Name, RebatePeriodType PeriodType, int StartsMonthsAgo, RebateBasis Basis,
        RebateMode Mode, IReadOnlyList<TierRow> Tiers, decimal? Cap, bool Stackable, IReadOnlyList<string> Regions,
        RebatePartnerTarget PartnerTarget, IReadOnlyList<PartnerTier> PartnerTiers, RebateProductTarget ProductTarget,
        IReadOnlyList<string> Categories);

    public static IReadOnlyList<PolicyRow> Load(string folder)
    {
        var path = Path.Combine(folder, "rebates.json");
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<List<PolicyRow>>(stream, Json) ?? throw new InvalidDataException($"{path} is empty.");
    }

    public async Task SeedAsync(IReadOnlyList<PolicyRow> rows, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var regions = await db.Regions.ToDictionaryAsync(r => r.Code, r => r.Id, ct);
        var categories = await db.ProductCategories.ToDictionaryAsync(c => c.Code, c => c.Id, ct);
        var adminId = await db.Users.OrderBy(u => u.Email).Select(u => u.Id).FirstAsync(ct);

        foreach (var row in rows)
        {
            var start = RebatePeriod.Containing(row.PeriodType, today.AddMonths(-row.StartsMonthsAgo)).Start;
            var draft = new RebatePolicyDraft(row.Name, row.PeriodType, start, new DateOnly(today.Year + 1, 12, 31), row.Basis, row.Mode,
                row.Tiers.Select(t => new RebateTier(t.Threshold, t.Rate)).ToArray(), row.Cap, row.Stackable,
                row.Regions.Select(r => regions[r]).ToArray(), row.PartnerTarget, row.PartnerTiers, [], row.ProductTarget,
                row.Categories.Select(c => categories[c]).ToArray(), []);
            var problems = RebatePolicyRules.Validate(draft);
            if (problems.Count > 0)
                throw new InvalidDataException($"Demo rebate policy {row.Code}: {string.Join(", ", problems.Select(p => $"{p.Field} {p.Code}"))}");

            var policy = new RebatePolicy
            {
                Code = row.Code, VersionNumber = 1, Name = draft.Name, Status = RebatePolicyStatus.Active, PeriodType = draft.PeriodType,
                StartsOn = draft.StartsOn, EndsOn = draft.EndsOn, Basis = draft.Basis, Mode = draft.Mode, RateKind = draft.RateKind,
                Tiers = draft.Tiers, CapPerPeriod = draft.CapPerPeriod, Stackable = draft.Stackable, RegionIds = [.. draft.RegionIds],
                PartnerTarget = draft.PartnerTarget, PartnerTiers = [.. draft.PartnerTiers], ProductTarget = draft.ProductTarget,
                CategoryIds = [.. draft.CategoryIds], CreatedByUserId = adminId, CreatedAt = now, ActivatedAt = now,
            };
            db.RebatePolicies.Add(policy);
            await db.SaveChangesAsync(ct);

            var periods = RebateAccrualWriter.PeriodsSoFar(policy, today).ToList();
            await RebateAccrualWriter.RecalculateAsync(db, policy, periods, now, ct);
            var closed = periods.Where(p => p.IsClosedOn(today)).ToList();
            foreach (var period in closed.Take(closed.Count - 1))
            {
                var settled = await RebateSettlement.SettleAsync(db, clock, policy, period, ct);
                if (!settled.Succeeded) throw new InvalidDataException($"Demo rebate policy {row.Code}: settling {period.Label} failed.");
            }
            db.ChangeTracker.Clear();
        }
    }
}
