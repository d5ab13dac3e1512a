using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Dashboards;
using PartnerPortal.Infrastructure.Partners;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Partners.DocumentTestKit;

namespace PartnerPortal.Infrastructure.Tests.Dashboards;

/// <summary>
/// The dealer's home warns of its documents expired or expiring within 30 days until a renewal is in force; the managers'
/// queue counts renewals waiting in their regions. The demo: P0001's authorization AUTH-P0001-03 expires in 12 days; P0013
/// (西南, manager.north's) has a renewal of its business licence waiting.
/// </summary>
public sealed class DocumentQueueTests
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    private static async Task<IReadOnlyList<DocumentDue>> DueAsync(TestDatabase database)
    {
        await database.SignInAsync(DemoUsers.DealerP0001);
        return (await database.Get<DealerDashboardService>().GetAsync())!.DocumentsDue!;
    }

    private static async Task<int> QueueAsync(TestDatabase database, string email, int? regionId = null)
    {
        await database.SignInAsync(email);
        return (await database.Get<ManagerDashboardService>().GetAsync(regionId))!.Queues.PendingRenewals;
    }

    [Fact]
    public async Task The_dealers_home_warns_until_the_accepted_renewal_is_in_force()
    {
        await using var database = await TestDatabase.CreateAsync();

        var due = Assert.Single(await DueAsync(database));
        Assert.Equal((PartnerDocumentKind.DealerAuthorization, "AUTH-P0001-03", 12, ExpiryState.ExpiringSoon, false),
            (due.Kind, due.Number, due.DaysLeft, due.State, due.RenewalPending));

        var (renewals, _, _) = await ServicesAsync(database, DemoUsers.DealerP0001, TimeProvider.System);
        var renewalId = (await renewals.SubmitAsync(due.Id, new PartnerDocumentRenewalDraft("AUTH-P0001-04", Today, Today.AddYears(1)),
            File(Pdf(), "授权书.pdf"))).Value;
        Assert.True(Assert.Single(await DueAsync(database)).RenewalPending);

        var (manager, _, _) = await ServicesAsync(database, DemoUsers.ManagerEast, TimeProvider.System);
        Assert.True((await manager.AcceptAsync(renewalId)).Succeeded);
        Assert.Empty(await DueAsync(database));
    }

    [Fact]
    public async Task Expired_documents_are_listed_first_with_the_days_since()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = await database.CreateSystemContextAsync())
        {
            var p1 = await database.PartnerIdAsync("P0001");
            db.PartnerDocuments.Add(new PartnerDocument
            {
                PartnerId = p1, Kind = PartnerDocumentKind.QualityCertificate, Number = "CQC-OLD", ExpiresOn = Today.AddDays(-3),
                UpdatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        var due = await DueAsync(database);

        Assert.Equal([("CQC-OLD", -3, ExpiryState.Expired), ("AUTH-P0001-03", 12, ExpiryState.ExpiringSoon)],
            due.Select(d => (d.Number, d.DaysLeft, d.State)));
    }

    [Fact]
    public async Task Each_manager_counts_the_renewals_waiting_in_their_regions()
    {
        await using var database = await TestDatabase.CreateAsync();
        var east = await database.RegionIdAsync("EAST");
        var southwest = await database.RegionIdAsync("SOUTHWEST");

        Assert.Equal((1, 0, 1), (await QueueAsync(database, DemoUsers.Admin), await QueueAsync(database, DemoUsers.ManagerEast),
            await QueueAsync(database, DemoUsers.ManagerNorth)));

        var documentId = await AuthorizationAsync(database, "P0001", Today.AddDays(10));
        var (renewals, _, _) = await ServicesAsync(database, DemoUsers.DealerP0001, TimeProvider.System);
        Assert.True((await renewals.SubmitAsync(documentId, new PartnerDocumentRenewalDraft("AUTH-NEW", null, Today.AddYears(1)),
            File(Png(), "a.png"))).Succeeded);

        Assert.Equal((2, 1, 1, 1, 1), (await QueueAsync(database, DemoUsers.Admin), await QueueAsync(database, DemoUsers.ManagerEast),
            await QueueAsync(database, DemoUsers.ManagerEast, east), await QueueAsync(database, DemoUsers.Admin, southwest),
            await QueueAsync(database, DemoUsers.ManagerNorth)));
        // The list behind the count holds the same renewals.
        await database.SignInAsync(DemoUsers.ManagerEast);
        Assert.Equal(1, (await database.Get<DocumentRenewalService>().ListPendingAsync(new(), null, null)).TotalCount);
    }
}
