using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Ordering;
using PartnerPortal.Infrastructure.Partners;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Ordering.OrderingTestKit;

namespace PartnerPortal.Infrastructure.Tests.Ordering;

/// <summary>
/// The brand's Ordering:BlockOnExpiredAuthorization: P0002's demo dealer authorization (AUTH-P0002-02) expired five days
/// before the demo was seeded; P0001's expires in twelve days.
/// </summary>
public sealed class AuthorizationBlockTests
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    private static async Task<(OrderSubmissionService Submissions, CartService Cart)> ServicesAsync(TestDatabase database, string email, bool block)
    {
        var caller = await Support.CommandTestKit.CallerAsync(database, email);
        var contexts = new PortalDbContextFactory(database.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>(), caller);
        var options = Options.Create(new OrderingOptions { BlockOnExpiredAuthorization = block });
        var submissions = new OrderSubmissionService(contexts, caller, TimeProvider.System, options);
        return (submissions, new CartService(contexts, caller, submissions, TimeProvider.System, options));
    }

    private static async Task<OrderRequest> SmallOrderAsync(TestDatabase database) =>
        new(Guid.NewGuid().ToString("N"), [new RequestedLine((await ProductAsync(database, "SMALL-6001")).Id, 4)]);

    [Fact]
    public async Task An_expired_authorization_refuses_the_order_and_saves_nothing_when_the_brand_blocks()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (submissions, _) = await ServicesAsync(database, DemoUsers.DealerP0002, block: true);
        var before = await ProductAsync(database, "SMALL-6001");
        var start = DateTimeOffset.UtcNow.AddMinutes(-1);

        var result = await submissions.SubmitAsync(await SmallOrderAsync(database));

        Assert.Equal(SubmissionOutcome.Invalid, result.Outcome);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.AuthorizationExpired, null), (problem.Code, problem.Field));
        Assert.Equal(["AUTH-P0002-02", Today.AddDays(-5)], problem.Args);
        Assert.Null(result.OrderId);
        Assert.Equal(before.Available, (await ProductAsync(database, "SMALL-6001")).Available);
        await using var db = await database.CreateSystemContextAsync();
        Assert.False(await db.Orders.AnyAsync(o => o.Partner!.Code == "P0002" && o.SubmittedAt > start));
    }

    [Fact]
    public async Task The_same_order_goes_through_when_the_brand_does_not_block()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (submissions, _) = await ServicesAsync(database, DemoUsers.DealerP0002, block: false);

        var result = await submissions.SubmitAsync(await SmallOrderAsync(database));

        Assert.Equal(SubmissionOutcome.Approved, result.Outcome);
    }

    [Fact]
    public async Task An_authorization_still_valid_does_not_block()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (submissions, cart) = await ServicesAsync(database, DemoUsers.DealerP0001, block: true);

        Assert.Equal(SubmissionOutcome.Approved, (await submissions.SubmitAsync(await SmallOrderAsync(database))).Outcome);
        Assert.Null((await cart.GetAsync()).ExpiredAuthorization);
    }

    [Fact]
    public async Task The_cart_warns_before_Submit_and_says_when_a_renewal_waits()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (_, cart) = await ServicesAsync(database, DemoUsers.DealerP0002, block: true);
        await database.SignInAsync(DemoUsers.DealerP0002);
        Assert.True((await database.Get<CartService>().AddAsync((await ProductAsync(database, "SMALL-6001")).Id, 4)).Succeeded);

        var view = await cart.GetAsync();
        Assert.Equal(new ExpiredAuthorization("AUTH-P0002-02", Today.AddDays(-5), RenewalPending: false), view.ExpiredAuthorization);
        Assert.True(view.LinesValid);
        Assert.False(view.CanSubmit);

        var documentId = await AuthorizationIdAsync(database, "P0002");
        var (renewals, _, _) = await Partners.DocumentTestKit.ServicesAsync(database, DemoUsers.DealerP0002, TimeProvider.System);
        Assert.True((await renewals.SubmitAsync(documentId, new PartnerDocumentRenewalDraft("AUTH-P0002-03", Today, Today.AddYears(1)),
            Partners.DocumentTestKit.File(Partners.DocumentTestKit.Pdf(), "授权书.pdf"))).Succeeded);
        Assert.True((await cart.GetAsync()).ExpiredAuthorization!.RenewalPending);
    }

    [Fact]
    public async Task An_accepted_renewal_lifts_the_block()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (submissions, cart) = await ServicesAsync(database, DemoUsers.DealerP0002, block: true);
        var documentId = await AuthorizationIdAsync(database, "P0002");
        var (renewals, _, _) = await Partners.DocumentTestKit.ServicesAsync(database, DemoUsers.DealerP0002, TimeProvider.System);
        var renewalId = (await renewals.SubmitAsync(documentId, new PartnerDocumentRenewalDraft("AUTH-P0002-03", Today, Today.AddYears(1)),
            Partners.DocumentTestKit.File(Partners.DocumentTestKit.Png(), "授权书.png"))).Value;
        Assert.Equal(SubmissionOutcome.Invalid, (await submissions.SubmitAsync(await SmallOrderAsync(database))).Outcome); // pending: still blocked

        var (manager, _, _) = await Partners.DocumentTestKit.ServicesAsync(database, DemoUsers.ManagerEast, TimeProvider.System);
        Assert.True((await manager.AcceptAsync(renewalId)).Succeeded);

        Assert.Null((await cart.GetAsync()).ExpiredAuthorization);
        Assert.Equal(SubmissionOutcome.Approved, (await submissions.SubmitAsync(await SmallOrderAsync(database))).Outcome);
    }

    private static async Task<int> AuthorizationIdAsync(TestDatabase database, string partnerCode)
    {
        await using var db = await database.CreateSystemContextAsync();
        return await db.PartnerDocuments.Where(d => d.Partner!.Code == partnerCode && d.Kind == PartnerDocumentKind.DealerAuthorization)
            .Select(d => d.Id).SingleAsync();
    }
}
