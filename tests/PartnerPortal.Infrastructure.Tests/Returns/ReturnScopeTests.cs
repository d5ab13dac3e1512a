using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Returns;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Returns.ReturnTestKit;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;

namespace PartnerPortal.Infrastructure.Tests.Returns;

/// <summary>P0001's return, photo and credit note are nothing to P0002's dealer nor to the manager of other regions.</summary>
public sealed class ReturnScopeTests
{
    [Fact]
    public async Task Another_partners_return_photo_and_credit_note_are_not_found()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (orderId, acLine, _) = await ShippedOrderAsync(database);
        var dealer = await CallerAsync(database, DemoUsers.DealerP0001);
        var requested = await Requests(database, dealer).RequestAsync(Form(orderId, (acLine, 1)) with { Photos = [Photo(Png())] });
        var id = requested.Value;
        Assert.True((await Decisions(database, await CallerAsync(database, DemoUsers.ManagerEast)).ApproveAsync(id)).Succeeded);
        var line = Assert.Single((await ReturnAsync(database, id)).Lines);
        Assert.True((await Receipts(database, await CallerAsync(database, DemoUsers.ManagerEast))
            .ReceiveAsync(id, await WarehouseIdAsync(database, "WH-SH"), [new(line.Id, 1, ReturnDisposition.Scrap)])).Succeeded);
        var rma = await ReturnAsync(database, id);
        var photoId = Assert.Single(rma.Photos).Id;

        var stranger = await CallerAsync(database, DemoUsers.DealerP0002);
        var north = await CallerAsync(database, DemoUsers.ManagerNorth);

        Assert.NotNull(await Queries(database, dealer).GetAsync(id));
        Assert.NotNull(await Queries(database, dealer).GetPhotoAsync(photoId, thumbnail: true));
        foreach (var other in new[] { stranger, north })
        {
            Assert.Null(await Queries(database, other).GetAsync(id));
            Assert.Null(await Queries(database, other).GetPhotoAsync(photoId, thumbnail: false));
            Assert.Null(await Queries(database, other).GetPhotoAsync(photoId, thumbnail: true));
            Assert.DoesNotContain((await Queries(database, other).ListAsync(new PageRequest())).Items, r => r.Id == id);
            Assert.Empty(await Queries(database, other).ForOrderAsync(orderId));
            await using var db = await new PortalDbContextFactory(database.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>(), other).CreateAsync();
            Assert.False(await db.LedgerEntries.AnyAsync(e => e.Id == rma.CreditNoteEntryId));
        }
        Assert.Empty(await Requests(database, stranger).ReturnableAsync(orderId));
        var foreignRequest = await Requests(database, stranger).RequestAsync(Form(orderId, (acLine, 1)));
        Assert.Equal((ProblemCodes.NotFound, "Order"), (Assert.Single(foreignRequest.Problems).Code, foreignRequest.Problems[0].Field));
        Assert.Equal(ProblemCodes.NotFound, Assert.Single((await Decisions(database, north).ApproveAsync(id)).Problems).Code);
        Assert.Equal(ProblemCodes.NotFound, Assert.Single((await Requests(database, stranger).CancelAsync(id)).Problems).Code);
    }

    [Fact]
    public async Task A_dealer_cannot_approve_and_a_manager_cannot_request()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (orderId, acLine, _) = await ShippedOrderAsync(database);
        var dealer = await CallerAsync(database, DemoUsers.DealerP0001);
        var id = (await Requests(database, dealer).RequestAsync(Form(orderId, (acLine, 1)))).Value;

        await Assert.ThrowsAsync<ScopeViolationException>(() => Decisions(database, dealer).ApproveAsync(id));
        await Assert.ThrowsAsync<ScopeViolationException>(() =>
            Requests(database, CallerAsync(database, DemoUsers.ManagerEast).Result).RequestAsync(Form(orderId, (acLine, 1))));
        await Assert.ThrowsAsync<ScopeViolationException>(() => Receipts(database, dealer).ReceiveAsync(id, 1, []));
    }
}
