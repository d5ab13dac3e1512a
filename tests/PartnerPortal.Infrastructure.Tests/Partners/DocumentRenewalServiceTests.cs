using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Partners.DocumentTestKit;

namespace PartnerPortal.Infrastructure.Tests.Partners;

/// <summary>A dealer sends a renewed document with its scan; the channel manager of its region accepts or rejects it.</summary>
public sealed class DocumentRenewalServiceTests
{
    [Fact]
    public async Task A_sent_renewal_waits_and_the_document_in_force_is_unchanged()
    {
        await using var database = await TestDatabase.CreateAsync();
        var documentId = await AuthorizationAsync(database, "P0001");
        var (renewals, _, documents) = await ServicesAsync(database, DemoUsers.DealerP0001);

        var sent = await renewals.SubmitAsync(documentId, Renewal(), File(Png(), "授权书2027.png"));

        Assert.True(sent.Succeeded, string.Join(", ", sent.Problems.Select(p => p.Code)));
        var document = Assert.Single((await documents.ListForPartnerAsync(await database.PartnerIdAsync("P0001")))!, d => d.Id == documentId);
        Assert.Equal(("AUTH-P0001-TEST", Today.AddDays(12), ExpiryState.ExpiringSoon), (document.Number, document.ExpiresOn, document.State));
        Assert.Null(document.Scan);
        var pending = document.Renewal!;
        Assert.Equal((sent.Value, RenewalStatus.Pending, "AUTH-RENEWED-04", Today.AddDays(377), DemoUsers.DealerP0001),
            (pending.Id, pending.Status, pending.Number, pending.ExpiresOn, pending.SubmittedBy));
        Assert.Equal(("授权书2027.png", ScanFileType.Png, 300L), (pending.Scan.FileName, pending.Scan.Type, pending.Scan.Size));
        Assert.Single(StoredFiles(database));
    }

    [Fact]
    public async Task Accepting_puts_the_renewal_in_force_keeps_the_earlier_version_and_is_audited()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p1 = await database.PartnerIdAsync("P0001");
        var documentId = await AuthorizationAsync(database, "P0001");
        var (_, staffScans, _) = await ServicesAsync(database, DemoUsers.ManagerEast);
        var earlierScan = (await staffScans.AttachAsync(p1, documentId, File(Pdf(), "授权书2026.pdf"))).Value;
        var (renewals, _, _) = await ServicesAsync(database, DemoUsers.DealerP0001);
        var renewalId = (await renewals.SubmitAsync(documentId, Renewal(), File(Jpeg(), "renewal.jpg"))).Value;
        var (managerRenewals, _, managerDocuments) = await ServicesAsync(database, DemoUsers.ManagerEast);

        Assert.True((await managerRenewals.AcceptAsync(renewalId)).Succeeded);

        var document = Assert.Single((await managerDocuments.ListForPartnerAsync(p1))!, d => d.Id == documentId);
        Assert.Equal(("AUTH-RENEWED-04", Today.AddDays(-5), Today.AddDays(377), ExpiryState.Valid, ScanFileType.Jpeg),
            (document.Number, document.IssuedOn, document.ExpiresOn, document.State, document.Scan!.Type));
        Assert.Null(document.Renewal); // accepted: the document itself now
        var history = Assert.Single((await managerRenewals.ListForDocumentAsync(documentId))!);
        Assert.Equal((RenewalStatus.Accepted, "AUTH-P0001-TEST", Today.AddDays(12), earlierScan, DemoUsers.ManagerEast),
            (history.Status, history.PreviousNumber, history.PreviousExpiresOn, history.PreviousScan!.Id, history.DecidedBy));
        Assert.Equal(2, StoredFiles(database).Count); // the earlier scan is kept with its history

        await using var db = await database.CreateSystemContextAsync();
        var log = await db.AuditEntries.AsNoTracking().Where(e => e.EntityType == nameof(PartnerDocument) && e.EntityKey == documentId.ToString())
            .OrderBy(e => e.Id).ToListAsync();
        var accepted = log[^1];
        Assert.Equal((AuditAction.Updated, DemoUsers.ManagerEast), (accepted.Action, accepted.UserName));
        using var changes = JsonDocument.Parse(accepted.Changes);
        var number = changes.RootElement.GetProperty(nameof(PartnerDocument.Number));
        Assert.Equal(("AUTH-P0001-TEST", "AUTH-RENEWED-04"), (number.GetProperty("old").GetString(), number.GetProperty("new").GetString()));
        Assert.True(await db.AuditEntries.AnyAsync(e => e.EntityType == nameof(PartnerDocumentRenewal) && e.EntityKey == renewalId.ToString()
            && e.Action == AuditAction.Updated && e.UserName == DemoUsers.ManagerEast));
    }

    [Fact]
    public async Task A_rejected_renewal_keeps_the_document_and_the_dealer_reads_the_reason_and_may_send_again()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p1 = await database.PartnerIdAsync("P0001");
        var documentId = await AuthorizationAsync(database, "P0001");
        var (renewals, _, documents) = await ServicesAsync(database, DemoUsers.DealerP0001);
        var renewalId = (await renewals.SubmitAsync(documentId, Renewal(), File(Png(), "blurry.png"))).Value;
        var (managerRenewals, _, _) = await ServicesAsync(database, DemoUsers.ManagerEast);

        var noReason = await managerRenewals.RejectAsync(renewalId, "  ");
        Assert.Equal([(ProblemCodes.Required, "Reason")], noReason.Problems.Select(p => (p.Code, p.Field)));
        Assert.True((await managerRenewals.RejectAsync(renewalId, "扫描件不清晰")).Succeeded);

        var document = Assert.Single((await documents.ListForPartnerAsync(p1))!, d => d.Id == documentId);
        Assert.Equal(("AUTH-P0001-TEST", RenewalStatus.Rejected, "扫描件不清晰"), (document.Number, document.Renewal!.Status, document.Renewal.Reason));
        Assert.True((await renewals.SubmitAsync(documentId, Renewal(number: "AUTH-RENEWED-05"), File(Png(), "clear.png"))).Succeeded);
        Assert.Equal(RenewalStatus.Pending, Assert.Single((await documents.ListForPartnerAsync(p1))!, d => d.Id == documentId).Renewal!.Status);
    }

    [Fact]
    public async Task A_renewal_is_decided_once()
    {
        await using var database = await TestDatabase.CreateAsync();
        var documentId = await AuthorizationAsync(database, "P0001");
        var (renewals, _, _) = await ServicesAsync(database, DemoUsers.DealerP0001);
        var renewalId = (await renewals.SubmitAsync(documentId, Renewal(), File(Png(), "a.png"))).Value;
        var (manager, _, _) = await ServicesAsync(database, DemoUsers.ManagerEast);
        var (admin, _, _) = await ServicesAsync(database, DemoUsers.Admin);

        Assert.True((await manager.AcceptAsync(renewalId)).Succeeded);
        var again = await admin.RejectAsync(renewalId, "too late");

        Assert.Equal([(ProblemCodes.AlreadyDecided, (object)RenewalStatus.Accepted)], again.Problems.Select(p => (p.Code, p.Args.Single())));
    }

    [Fact]
    public async Task A_second_renewal_while_one_waits_is_refused_and_nothing_is_stored()
    {
        await using var database = await TestDatabase.CreateAsync();
        var documentId = await AuthorizationAsync(database, "P0001");
        var (renewals, _, _) = await ServicesAsync(database, DemoUsers.DealerP0001);
        Assert.True((await renewals.SubmitAsync(documentId, Renewal(), File(Png(), "first.png"))).Succeeded);

        var second = await renewals.SubmitAsync(documentId, Renewal(number: "AUTH-OTHER"), File(Png(), "second.png"));

        Assert.Equal([ProblemCodes.RenewalPending], second.Problems.Select(p => p.Code));
        Assert.Single(StoredFiles(database));
    }

    [Fact]
    public async Task Form_and_scan_problems_are_reported_together_and_nothing_is_saved()
    {
        await using var database = await TestDatabase.CreateAsync();
        var documentId = await AuthorizationAsync(database, "P0001");
        var (renewals, _, _) = await ServicesAsync(database, DemoUsers.DealerP0001);

        var sent = await renewals.SubmitAsync(documentId, new PartnerDocumentRenewalDraft("", null, Today.AddDays(5)), File(Html(), "licence.pdf"));

        Assert.Equal([(ProblemCodes.Required, "Number"), (ProblemCodes.RenewalNotLater, "ExpiresOn"), (ProblemCodes.ScanWrongType, "Scan")],
            sent.Problems.Select(p => (p.Code, p.Field)));
        Assert.Empty(StoredFiles(database));
        await using var db = await database.CreateSystemContextAsync();
        Assert.False(await db.PartnerDocumentRenewals.AnyAsync(r => r.DocumentId == documentId));
    }

    [Fact]
    public async Task A_renewal_without_a_scan_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync();
        var documentId = await AuthorizationAsync(database, "P0001");
        var (renewals, _, _) = await ServicesAsync(database, DemoUsers.DealerP0001);

        var sent = await renewals.SubmitAsync(documentId, Renewal(), null);

        Assert.Equal([(ProblemCodes.Required, "Scan")], sent.Problems.Select(p => (p.Code, p.Field)));
    }

    [Fact]
    public async Task Another_partners_document_is_not_found_whatever_id_the_dealer_sends()
    {
        await using var database = await TestDatabase.CreateAsync();
        var documentOfP1 = await AuthorizationAsync(database, "P0001");
        var (renewals, _, _) = await ServicesAsync(database, DemoUsers.DealerP0002);

        var sent = await renewals.SubmitAsync(documentOfP1, Renewal(), File(Png(), "mine.png"));

        Assert.Equal([(ProblemCodes.NotFound, "Document")], sent.Problems.Select(p => (p.Code, p.Field)));
        Assert.Null(await renewals.ListForDocumentAsync(documentOfP1));
        Assert.Empty(StoredFiles(database));
    }

    [Fact]
    public async Task A_manager_sees_and_decides_only_the_renewals_of_their_regions()
    {
        await using var database = await TestDatabase.CreateAsync();
        var eastDocument = await AuthorizationAsync(database, "P0001");
        var (dealer, _, _) = await ServicesAsync(database, DemoUsers.DealerP0001);
        var renewalId = (await dealer.SubmitAsync(eastDocument, Renewal(), File(Png(), "a.png"))).Value;
        var (north, _, _) = await ServicesAsync(database, DemoUsers.ManagerNorth);
        var (east, _, _) = await ServicesAsync(database, DemoUsers.ManagerEast);

        Assert.DoesNotContain((await north.ListPendingAsync(new PageRequest(), null, null)).Items, r => r.Id == renewalId);
        Assert.Equal([(ProblemCodes.NotFound, "Renewal")], (await north.AcceptAsync(renewalId)).Problems.Select(p => (p.Code, p.Field)));
        Assert.Equal([(ProblemCodes.NotFound, "Renewal")], (await north.RejectAsync(renewalId, "no")).Problems.Select(p => (p.Code, p.Field)));

        var row = Assert.Single((await east.ListPendingAsync(new PageRequest(), await database.RegionIdAsync("EAST"), null)).Items);
        Assert.Equal((renewalId, "P0001", "AUTH-P0001-TEST", "AUTH-RENEWED-04", ExpiryState.ExpiringSoon),
            (row.Id, row.PartnerCode, row.CurrentNumber, row.Number, row.CurrentState));
        Assert.Empty((await east.ListPendingAsync(new PageRequest(), await database.RegionIdAsync("SOUTH"), null)).Items);
    }

    [Fact]
    public async Task Only_a_dealer_sends_renewals_and_only_brand_staff_decide()
    {
        await using var database = await TestDatabase.CreateAsync();
        var documentId = await AuthorizationAsync(database, "P0001");
        var (trainee, _, _) = await ServicesAsync(database, DemoUsers.TraineeP0001);
        var (dealer, _, _) = await ServicesAsync(database, DemoUsers.DealerP0001);

        await Assert.ThrowsAsync<ScopeViolationException>(() => trainee.SubmitAsync(documentId, Renewal(), File(Png(), "a.png")));
        var renewalId = (await dealer.SubmitAsync(documentId, Renewal(), File(Png(), "a.png"))).Value;
        await Assert.ThrowsAsync<ScopeViolationException>(() => dealer.AcceptAsync(renewalId));
        await Assert.ThrowsAsync<ScopeViolationException>(() => dealer.ListPendingAsync(new PageRequest(), null, null));
    }
}
