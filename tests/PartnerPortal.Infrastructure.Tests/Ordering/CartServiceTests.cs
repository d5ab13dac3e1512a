using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Ordering.Rules;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Ordering;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Ordering.OrderingTestKit;

namespace PartnerPortal.Infrastructure.Tests.Ordering;

public sealed class CartServiceTests
{
    [Fact]
    public async Task The_cart_shows_todays_tier_prices_and_a_total_of_rounded_lines()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.DealerP0001); // Strategic: 12 % off, AC-1001 at 2,803.00
        var cart = database.Get<CartService>();
        var ac = await ProductAsync(database, "AC-1001");
        var ac2 = await ProductAsync(database, "AC-1002"); // list 2,599.00 → 2,287.12

        Assert.True((await cart.AddAsync(ac.Id, 2)).Succeeded);
        Assert.True((await cart.AddAsync(ac2.Id, 3)).Succeeded);
        var view = await database.Get<CartService>().GetAsync();

        Assert.Equal([5_606.00m, 6_861.36m], view.Lines.Select(l => l.LineTotal)); // 2,803 × 2; 2,287.12 × 3
        Assert.Equal(12_467.36m, view.Total);
        Assert.True(view.CanSubmit);
    }

    [Fact]
    public async Task Adding_again_adds_up_and_a_quantity_below_the_minimum_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.DealerP0001);
        var cart = database.Get<CartService>();
        var fan = await ProductAsync(database, "SMALL-6001"); // minimum 4, multiples of 4

        var tooFew = await cart.AddAsync(fan.Id, 2);
        Assert.Equal(ProblemCodes.BelowMinimumQuantity, tooFew.Problems[0].Code);
        Assert.True((await cart.AddAsync(fan.Id, 4)).Succeeded);
        Assert.True((await cart.AddAsync(fan.Id, 8)).Succeeded);
        Assert.Equal(12, Assert.Single((await cart.GetAsync()).Lines).Quantity);
    }

    [Fact]
    public async Task Quick_order_adds_nothing_until_every_row_is_valid_or_only_valid_rows_are_asked_for()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.DealerP0001);
        var cart = database.Get<CartService>();
        var rows = OrderCsv.Parse("\uFEFFsku,quantity\nac-1001,2\nNOPE-1,3\nSMALL-6001,5\nAC-1002,abc\nAC-1006,2\n");

        var report = await cart.AddLinesAsync(rows, onlyValid: false);

        Assert.Equal(0, report.Added);
        Assert.Equal((5, 1), (report.LineCount, report.ValidCount));
        Assert.Equal(
            [[ProblemCodes.UnknownSku], [ProblemCodes.NotAMultiple], [ProblemCodes.NotANumber], [ProblemCodes.ProductInactive]],
            report.Problems.Select(l => l.Problems.Select(p => p.Code).ToArray()));
        Assert.Equal([3, 4, 5, 6], report.Problems.Select(l => l.LineNumber));
        Assert.True((await cart.GetAsync()).IsEmpty);

        var partial = await database.Get<CartService>().AddLinesAsync(rows, onlyValid: true);
        Assert.Equal(1, partial.Added);
        Assert.Equal("AC-1001", Assert.Single((await cart.GetAsync()).Lines).Sku);
    }

    [Fact]
    public async Task Each_user_has_their_own_cart_even_within_one_partner()
    {
        await using var database = await TestDatabase.CreateAsync();
        var ac = await ProductAsync(database, "AC-1001");
        var colleague = await DealerOfAsync(database, "P0001");
        await database.SignInAsync(DemoUsers.DealerP0001);
        await database.Get<CartService>().AddAsync(ac.Id, 2);
        var lineId = (await database.Get<CartService>().GetAsync()).Lines[0].Id;

        database.SignInAs(colleague.User);
        Assert.True((await database.Get<CartService>().GetAsync()).IsEmpty);
        Assert.Equal(ProblemCodes.NotFound, (await database.Get<CartService>().RemoveAsync(lineId)).Problems[0].Code);
        Assert.Equal(ProblemCodes.NotFound, (await database.Get<CartService>().SetQuantityAsync(lineId, 4)).Problems[0].Code);
    }

    [Fact]
    public async Task Submitting_the_cart_makes_one_order_and_empties_the_cart_and_reorder_copies_it_back()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.DealerP0001);
        var ac = await ProductAsync(database, "AC-1001");
        await database.Get<CartService>().AddAsync(ac.Id, 2);

        var result = await database.Get<CartService>().SubmitAsync("cart-1");
        var again = await database.Get<CartService>().SubmitAsync("cart-1");

        Assert.Equal(SubmissionOutcome.Approved, result.Outcome);
        Assert.Equal(SubmissionOutcome.Invalid, again.Outcome); // the cart is empty now
        Assert.True((await database.Get<CartService>().GetAsync()).IsEmpty);

        Assert.True((await database.Get<CartService>().ReorderAsync(result.OrderId!.Value)).Succeeded);
        var line = Assert.Single((await database.Get<CartService>().GetAsync()).Lines);
        Assert.Equal(("AC-1001", 2), (line.Sku, line.Quantity));
    }

    [Fact]
    public async Task A_dealer_cannot_reorder_another_partners_order_and_a_trainee_has_no_cart()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.DealerP0001);
        var ac = await ProductAsync(database, "AC-1001");
        await database.Get<CartService>().AddAsync(ac.Id, 2);
        var order = await database.Get<CartService>().SubmitAsync("cart-2");

        await database.SignInAsync(DemoUsers.DealerP0002);
        Assert.Equal(ProblemCodes.NotFound, (await database.Get<CartService>().ReorderAsync(order.OrderId!.Value)).Problems[0].Code);
        Assert.Null(await database.Get<OrderQueryService>().GetAsync(order.OrderId!.Value));

        await database.SignInAsync(DemoUsers.TraineeP0001);
        await Assert.ThrowsAsync<ScopeViolationException>(() => database.Get<CartService>().GetAsync());
    }
}
