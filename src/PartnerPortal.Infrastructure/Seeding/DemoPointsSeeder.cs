using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Points;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Points;
using PartnerPortal.Infrastructure.Users;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>
/// The demo rewards catalog, purchase-milestone rule and points (assets/demo/points.json): milestones are paid on the
/// order history period by period, manual awards and redemptions follow, through the same ledger the app writes.
/// </summary>
internal sealed class DemoPointsSeeder(PortalDbContext db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public sealed record RuleRow(RebatePeriodType PeriodType, decimal StepAmount, int PointsPerStep);
    public sealed record RewardRow(string Name, string NameEn, string Description, string DescriptionEn, int PointsCost, int? Stock);
    public sealed record AwardRow(string Partner, int Points, string Reason);
    /// <param name="Reward">The 1-based position of the reward in the file.</param>
    public sealed record RedemptionRow(string Partner, int Reward, RedemptionStatus Status);
    public sealed record PointsFile(RuleRow MilestoneRule, IReadOnlyList<RewardRow> Rewards, IReadOnlyList<AwardRow> Awards,
        IReadOnlyList<RedemptionRow> Redemptions);

    public static PointsFile Load(string folder)
    {
        var path = Path.Combine(folder, "points.json");
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<PointsFile>(stream, Json) ?? throw new InvalidDataException($"{path} is empty.");
    }

    public async Task SeedAsync(PointsFile data, int historyMonths, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var rule = new PurchaseMilestoneRule
        {
            PeriodType = data.MilestoneRule.PeriodType, StepAmount = data.MilestoneRule.StepAmount, PointsPerStep = data.MilestoneRule.PointsPerStep,
        };
        db.PurchaseMilestoneRules.Add(rule);
        var rewards = data.Rewards.Select(r => new Reward
        {
            Name = r.Name, NameEn = r.NameEn, Description = r.Description, DescriptionEn = r.DescriptionEn, PointsCost = r.PointsCost, Stock = r.Stock,
        }).ToList();
        db.Rewards.AddRange(rewards);
        await db.SaveChangesAsync(ct);

        foreach (var period in RebatePeriod.Between(rule.PeriodType, today.AddMonths(-historyMonths), today))
            await PurchaseMilestones.AwardAsync(db, rule, period, now, ct);

        var partners = await db.Partners.ToDictionaryAsync(p => p.Code, p => p.Id, ct);
        foreach (var award in data.Awards)
            await PointsLedger.PostAsync(db, new PointsEntry
            {
                PartnerId = partners[award.Partner], Kind = PointsEntryKind.ManualAward, Points = award.Points, Reason = award.Reason,
                CreatedAt = now, CreatedByUserName = ActorNames.System,
            }, ct);
        await db.SaveChangesAsync(ct);

        var dealers = await db.Users.Where(u => u.PartnerId != null).OrderBy(u => u.Email)
            .Select(u => new { u.Id, u.UserName, PartnerId = u.PartnerId!.Value }).ToListAsync(ct);
        foreach (var row in data.Redemptions)
        {
            // The milestone run cleared the change tracker: read the reward again.
            var reward = await db.Rewards.SingleAsync(r => r.Id == rewards[row.Reward - 1].Id, ct);
            var partnerId = partners[row.Partner];
            var dealer = dealers.First(d => d.PartnerId == partnerId);
            var redemption = new Redemption
            {
                PartnerId = partnerId, RewardId = reward.Id, Points = reward.PointsCost, Status = row.Status, RequestedByUserId = dealer.Id,
                RequestedByUserName = dealer.UserName ?? "", RequestedAt = now, Note = "",
                DecidedAt = row.Status == RedemptionStatus.Pending ? null : now,
                DecidedByUserName = row.Status == RedemptionStatus.Pending ? null : ActorNames.System,
            };
            db.Redemptions.Add(redemption);
            if (reward.Stock is { } stock) reward.Stock = stock - 1;
            await db.SaveChangesAsync(ct);
            var posted = await PointsLedger.PostAsync(db, new PointsEntry
            {
                PartnerId = partnerId, Kind = PointsEntryKind.Redemption, Points = -reward.PointsCost, UserId = dealer.Id,
                UserName = dealer.UserName ?? "", Reason = reward.Name, Key = $"redemption:{redemption.Id}", RedemptionId = redemption.Id,
                CreatedAt = now, CreatedByUserName = dealer.UserName ?? "",
            }, ct);
            if (!posted) throw new InvalidDataException($"Demo redemption of {row.Partner}: not enough points for reward {row.Reward}.");
            await db.SaveChangesAsync(ct);
        }
        db.ChangeTracker.Clear();
    }
}
