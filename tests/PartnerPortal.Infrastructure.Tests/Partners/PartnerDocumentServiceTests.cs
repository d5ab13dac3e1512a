using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Partners;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;

namespace PartnerPortal.Infrastructure.Tests.Partners;

/// <summary>
/// P0001–P0004 are in EAST, P0005–P0008 in SOUTH (both manager.east's), P0009–P0011 in NORTH (manager.north's).
/// Tests that count documents first remove the demo ones, which are dated from the day the demo was seeded.
/// </summary>
public sealed class PartnerDocumentServiceTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    private static PartnerDocumentDraft License(string number = "91310000MA1FL2K83Q", DateOnly? expiresOn = null) =>
        new(PartnerDocumentKind.BusinessLicense, number, new DateOnly(2016, 6, 1), expiresOn ?? new DateOnly(2036, 5, 31), "正本已核验");

    private static async Task<PartnerDocumentService> DocumentsAsync(TestDatabase database, string email)
    {
        var caller = await CallerAsync(database, email);
        var contexts = new PortalDbContextFactory(database.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>(), caller);
        return new PartnerDocumentService(contexts, caller, new FixedClock(Today), database.Services.GetRequiredService<PartnerDocumentFiles>());
    }

    [Fact]
    public async Task An_admin_adds_edits_and_deletes_a_document_and_each_change_is_audited()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p3 = await database.PartnerIdAsync("P0003");
        var service = await DocumentsAsync(database, DemoUsers.Admin);

        var added = await service.SaveAsync(p3, null, License(number: "  91320100MA1MB9Q4EN  "));
        Assert.True(added.Succeeded);
        var id = added.Value;
        var saved = Assert.Single((await service.ListForPartnerAsync(p3))!, d => d.Id == id);
        Assert.Equal((PartnerDocumentKind.BusinessLicense, "91320100MA1MB9Q4EN", new DateOnly(2016, 6, 1), new DateOnly(2036, 5, 31), ExpiryState.Valid),
            (saved.Kind, saved.Number, saved.IssuedOn, saved.ExpiresOn, saved.State));

        var edited = await service.SaveAsync(p3, id, License(expiresOn: Today.AddDays(10)) with { Kind = PartnerDocumentKind.TaxRegistration, IssuedOn = null });
        Assert.True(edited.Succeeded);
        Assert.Equal(id, edited.Value);
        var changed = Assert.Single((await service.ListForPartnerAsync(p3))!, d => d.Id == id);
        Assert.Equal((PartnerDocumentKind.TaxRegistration, (DateOnly?)null, Today.AddDays(10), ExpiryState.ExpiringSoon),
            (changed.Kind, changed.IssuedOn, changed.ExpiresOn, changed.State));

        Assert.True((await service.DeleteAsync(p3, id)).Succeeded);
        Assert.DoesNotContain((await service.ListForPartnerAsync(p3))!, d => d.Id == id);

        await using var db = await database.CreateSystemContextAsync();
        var log = await db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == nameof(PartnerDocument) && e.EntityKey == id.ToString()).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([AuditAction.Created, AuditAction.Updated, AuditAction.Deleted], log.Select(e => e.Action));
        Assert.All(log, e => Assert.Equal(DemoUsers.Admin, e.UserName));
        using var changes = JsonDocument.Parse(log[1].Changes);
        var kind = changes.RootElement.GetProperty(nameof(PartnerDocument.Kind));
        Assert.Equal(((int)PartnerDocumentKind.BusinessLicense, (int)PartnerDocumentKind.TaxRegistration),
            (kind.GetProperty("old").GetInt32(), kind.GetProperty("new").GetInt32()));
    }

    [Fact]
    public async Task Saving_an_unchanged_document_writes_no_audit_row()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p3 = await database.PartnerIdAsync("P0003");
        var service = await DocumentsAsync(database, DemoUsers.Admin);
        var id = (await service.SaveAsync(p3, null, License())).Value;

        Assert.True((await service.SaveAsync(p3, id, License())).Succeeded);

        await using var db = await database.CreateSystemContextAsync();
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.EntityType == nameof(PartnerDocument) && e.EntityKey == id.ToString()));
    }

    [Fact]
    public async Task An_invalid_draft_is_refused_field_by_field_and_nothing_is_saved()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p3 = await database.PartnerIdAsync("P0003");
        var before = await CountAsync(database);
        var service = await DocumentsAsync(database, DemoUsers.Admin);

        var outcome = await service.SaveAsync(p3, null,
            new PartnerDocumentDraft(PartnerDocumentKind.DealerAuthorization, " ", new DateOnly(2027, 1, 2), new DateOnly(2027, 1, 1), new string('注', 201)));
        var tooLong = await service.SaveAsync(p3, null, License(number: new string('9', 51)));
        var noExpiry = await service.SaveAsync(p3, null, License() with { ExpiresOn = null, Kind = (PartnerDocumentKind)42 });

        Assert.False(outcome.Succeeded);
        Assert.Equal([(ProblemCodes.Required, "Number"), (ProblemCodes.IssuedAfterExpiry, "IssuedOn"), (ProblemCodes.TooLong, "Note")],
            outcome.Problems.Select(p => (p.Code, p.Field)));
        Assert.Equal((ProblemCodes.TooLong, "Number"), (Assert.Single(tooLong.Problems).Code, tooLong.Problems[0].Field));
        Assert.Equal([(ProblemCodes.Required, "Kind"), (ProblemCodes.Required, "ExpiresOn")], noExpiry.Problems.Select(p => (p.Code, p.Field)));
        Assert.Equal(before, await CountAsync(database));
    }

    [Fact]
    public async Task A_channel_manager_keeps_the_documents_of_a_partner_in_their_regions()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p6 = await database.PartnerIdAsync("P0006"); // SOUTH
        var service = await DocumentsAsync(database, DemoUsers.ManagerEast);

        var added = await service.SaveAsync(p6, null, License());
        var edited = await service.SaveAsync(p6, added.Value, License(number: "91440300MA5DKJ6U3B"));
        var listed = await service.ListForPartnerAsync(p6);

        Assert.True(added.Succeeded && edited.Succeeded);
        Assert.Contains(listed!, d => d.Id == added.Value && d.Number == "91440300MA5DKJ6U3B");
        Assert.True((await service.DeleteAsync(p6, added.Value)).Succeeded);
    }

    [Fact]
    public async Task A_channel_manager_cannot_see_add_edit_or_delete_documents_of_a_partner_outside_their_regions()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p9 = await database.PartnerIdAsync("P0009"); // NORTH
        var north = await (await DocumentsAsync(database, DemoUsers.ManagerNorth)).SaveAsync(p9, null, License());
        var before = await CountAsync(database);
        var east = await DocumentsAsync(database, DemoUsers.ManagerEast);

        Assert.Null(await east.ListForPartnerAsync(p9));
        var add = await east.SaveAsync(p9, null, License(number: "FORGED"));
        var edit = await east.SaveAsync(p9, north.Value, License(number: "FORGED"));
        var delete = await east.DeleteAsync(p9, north.Value);

        Assert.All(new[] { add.Problems, edit.Problems, delete.Problems },
            problems => Assert.Equal((ProblemCodes.OutsideScope, "Partner"), (Assert.Single(problems).Code, problems[0].Field)));
        Assert.Equal(before, await CountAsync(database));
        await using var db = await database.CreateSystemContextAsync();
        Assert.Equal("91310000MA1FL2K83Q", (await db.PartnerDocuments.SingleAsync(d => d.Id == north.Value)).Number);
    }

    [Fact]
    public async Task A_document_is_edited_and_deleted_only_through_its_own_partner()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (p2, p3) = (await database.PartnerIdAsync("P0002"), await database.PartnerIdAsync("P0003"));
        var service = await DocumentsAsync(database, DemoUsers.Admin);
        var ofP2 = (await service.SaveAsync(p2, null, License())).Value;

        var edit = await service.SaveAsync(p3, ofP2, License(number: "MOVED"));
        var delete = await service.DeleteAsync(p3, ofP2);

        Assert.Equal(ProblemCodes.NotFound, Assert.Single(edit.Problems).Code);
        Assert.Equal(ProblemCodes.NotFound, Assert.Single(delete.Problems).Code);
        Assert.Contains((await service.ListForPartnerAsync(p2))!, d => d.Id == ofP2 && d.Number == "91310000MA1FL2K83Q");
    }

    [Fact]
    public async Task A_dealer_sees_only_its_own_partners_documents_and_cannot_change_any()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (p1, p2) = (await database.PartnerIdAsync("P0001"), await database.PartnerIdAsync("P0002"));
        var admin = await DocumentsAsync(database, DemoUsers.Admin);
        var own = (await admin.SaveAsync(p1, null, License())).Value;
        await admin.SaveAsync(p2, null, License());
        var before = await CountAsync(database);
        var dealer = await DocumentsAsync(database, DemoUsers.DealerP0001);

        var mine = await dealer.ListForPartnerAsync(p1);
        Assert.Contains(mine!, d => d.Id == own);
        Assert.Null(await dealer.ListForPartnerAsync(p2));
        await Assert.ThrowsAsync<ScopeViolationException>(() => dealer.SaveAsync(p1, null, License()));
        await Assert.ThrowsAsync<ScopeViolationException>(() => dealer.SaveAsync(p1, own, License(number: "CHANGED")));
        await Assert.ThrowsAsync<ScopeViolationException>(() => dealer.DeleteAsync(p1, own));
        await Assert.ThrowsAsync<ScopeViolationException>(() => dealer.ListExpiringAsync(new PageRequest(), 30, null));
        Assert.Equal(before, await CountAsync(database));
    }

    [Fact]
    public async Task The_expiring_list_holds_expired_documents_and_those_expiring_within_the_days_soonest_first()
    {
        await using var database = await TestDatabase.CreateAsync();
        await ReplaceDocumentsAsync(database, ("P0001", -400), ("P0002", -1), ("P0005", 0), ("P0009", 30), ("P0003", 31), ("P0004", 365));
        var service = await DocumentsAsync(database, DemoUsers.Admin);

        var within30 = await service.ListExpiringAsync(new PageRequest(), 30, null);
        var within0 = await service.ListExpiringAsync(new PageRequest(), 0, null);
        var within31 = await service.ListExpiringAsync(new PageRequest(), 31, null);

        Assert.Equal(["P0001", "P0002", "P0005", "P0009"], within30.Items.Select(r => r.PartnerCode));
        Assert.Equal(4, within30.TotalCount);
        Assert.Equal([-400, -1, 0, 30], within30.Items.Select(r => r.DaysLeft));
        Assert.Equal([ExpiryState.Expired, ExpiryState.Expired, ExpiryState.ExpiringSoon, ExpiryState.ExpiringSoon], within30.Items.Select(r => r.State));
        var first = within30.Items[0];
        Assert.Equal(("上海恒通电器贸易有限公司", "华东", PartnerDocumentKind.DealerAuthorization), (first.PartnerName, first.RegionName, first.Kind));
        Assert.Equal(["P0001", "P0002", "P0005"], within0.Items.Select(r => r.PartnerCode));
        Assert.Equal(["P0001", "P0002", "P0005", "P0009", "P0003"], within31.Items.Select(r => r.PartnerCode));
    }

    [Fact]
    public async Task The_expiring_list_filters_by_region_and_a_manager_sees_only_their_regions()
    {
        await using var database = await TestDatabase.CreateAsync();
        await ReplaceDocumentsAsync(database, ("P0001", 5), ("P0006", 6), ("P0009", 7), ("P0012", 8));
        var (east, north) = (await database.RegionIdAsync("EAST"), await database.RegionIdAsync("NORTH"));
        var admin = await DocumentsAsync(database, DemoUsers.Admin);
        var managerEast = await DocumentsAsync(database, DemoUsers.ManagerEast);

        Assert.Equal(["P0001"], (await admin.ListExpiringAsync(new PageRequest(), 30, east)).Items.Select(r => r.PartnerCode));
        Assert.Equal(["P0009"], (await admin.ListExpiringAsync(new PageRequest(), 30, north)).Items.Select(r => r.PartnerCode));
        var mine = await managerEast.ListExpiringAsync(new PageRequest(), 30, null);
        Assert.Equal(["P0001", "P0006"], mine.Items.Select(r => r.PartnerCode));
        Assert.Equal(2, mine.TotalCount);
        var foreign = await managerEast.ListExpiringAsync(new PageRequest(), 30, north);
        Assert.Empty(foreign.Items);
        Assert.Equal(0, foreign.TotalCount);
    }

    [Fact]
    public async Task The_expiring_list_pages_on_the_server_and_counts_every_match()
    {
        await using var database = await TestDatabase.CreateAsync();
        await ReplaceDocumentsAsync(database, Enumerable.Range(1, 7).Select(i => ($"P{i:D4}", i)).ToArray());
        var service = await DocumentsAsync(database, DemoUsers.Admin);

        var first = await service.ListExpiringAsync(new PageRequest(Page: 0, PageSize: 3), 30, null);
        var third = await service.ListExpiringAsync(new PageRequest(Page: 2, PageSize: 3), 30, null);

        Assert.Equal(["P0001", "P0002", "P0003"], first.Items.Select(r => r.PartnerCode));
        Assert.Equal(["P0007"], third.Items.Select(r => r.PartnerCode));
        Assert.Equal((7, 7), (first.TotalCount, third.TotalCount));
    }

    [Fact]
    public async Task The_dashboard_rule_counts_what_the_list_shows()
    {
        await using var database = await TestDatabase.CreateAsync();
        await ReplaceDocumentsAsync(database, ("P0001", -3), ("P0002", 30), ("P0003", 31));

        await using var db = await database.CreateSystemContextAsync();
        Assert.Equal(2, await db.PartnerDocuments.ExpiringWithin(Today, ExpiringDocuments.DefaultDays).CountAsync());
    }

    private static async Task<int> CountAsync(TestDatabase database)
    {
        await using var db = await database.CreateSystemContextAsync();
        return await db.PartnerDocuments.CountAsync();
    }

    /// <summary>Removes every document and gives each partner one authorization expiring the given days after <see cref="Today"/>.</summary>
    private static async Task ReplaceDocumentsAsync(TestDatabase database, params (string Partner, int ExpiresInDays)[] documents)
    {
        await using var db = await database.CreateSystemContextAsync();
        db.PartnerDocuments.RemoveRange(await db.PartnerDocuments.ToListAsync());
        var partners = await db.Partners.ToDictionaryAsync(p => p.Code, p => p.Id);
        db.PartnerDocuments.AddRange(documents.Select(d => new PartnerDocument
        {
            PartnerId = partners[d.Partner], Kind = PartnerDocumentKind.DealerAuthorization, Number = $"AUTH-{d.Partner}",
            ExpiresOn = Today.AddDays(d.ExpiresInDays), UpdatedAt = DateTimeOffset.UtcNow,
        }));
        await db.SaveChangesAsync();
    }

    private sealed class FixedClock(DateOnly day) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
