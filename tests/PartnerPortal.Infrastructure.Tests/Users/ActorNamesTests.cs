using PartnerPortal.Domain.Points;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Points;
using PartnerPortal.Infrastructure.Tests.Support;
using PartnerPortal.Infrastructure.Users;

namespace PartnerPortal.Infrastructure.Tests.Users;

/// <summary>Histories store sign-in names; lists show the people's display names and leave "system" and "api:…" as they are.</summary>
public sealed class ActorNamesTests
{
    [Fact]
    public async Task Sign_in_names_become_display_names_and_the_rest_stay()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.CreateSystemContextAsync();

        var actor = await ActorNames.ResolveAsync(db, [DemoUsers.ManagerEast, DemoUsers.DealerP0001, ActorNames.System, "api:ERP", "gone@example.com", null], default);

        Assert.Equal("陈静 (华东/华南)", actor(DemoUsers.ManagerEast));
        Assert.Equal("王磊", actor(DemoUsers.DealerP0001));
        Assert.Equal(ActorNames.System, actor(ActorNames.System));
        Assert.Equal("api:ERP", actor("api:ERP"));
        Assert.Equal("gone@example.com", actor("gone@example.com")); // a removed user keeps what was stored
        Assert.Equal("", actor(null));
    }

    [Fact]
    public async Task The_points_ledger_names_people_not_their_e_mail()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p0001 = await database.PartnerIdAsync("P0001");
        await using (var db = await database.CreateSystemContextAsync())
        {
            // As the portal stores them: the earner and the manager who gave the points by their sign-in names.
            db.PointsEntries.Add(new PointsEntry
            {
                PartnerId = p0001, Kind = PointsEntryKind.ManualAward, Points = 50, UserName = DemoUsers.DealerP0001, Reason = "展会协助",
                CreatedAt = DateTimeOffset.UtcNow, CreatedByUserName = DemoUsers.ManagerEast,
            });
            db.PointsEntries.Add(new PointsEntry
            {
                PartnerId = p0001, Kind = PointsEntryKind.PurchaseMilestone, Points = 20, Reason = "2026-Q4 ≥ ¥100,000",
                CreatedAt = DateTimeOffset.UtcNow, CreatedByUserName = ActorNames.System,
            });
            await db.SaveChangesAsync();
        }
        await database.SignInAsync(DemoUsers.DealerP0001);

        var ledger = await database.Get<PointsService>().GetLedgerAsync(new PageRequest(PageSize: 200));

        var award = Assert.Single(ledger.Items, e => e.Reason == "展会协助");
        Assert.Equal(("王磊", "陈静 (华东/华南)"), (award.UserName, award.CreatedBy));
        var milestone = Assert.Single(ledger.Items, e => e.Reason == "2026-Q4 ≥ ¥100,000");
        Assert.Equal(ActorNames.System, milestone.CreatedBy);
        Assert.All(ledger.Items, e => Assert.DoesNotContain("@", e.UserName + e.CreatedBy));
    }
}
