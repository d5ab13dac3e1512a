using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Ordering;
using PartnerPortal.Infrastructure.Users;
using PartnerPortal.Web.Statements;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Account;

/// <summary>
/// A lock, a password reset or a password change ends the user's other sessions at once: the cookie on its next
/// request, an open page (circuit) at its next service call. Each test uses its own demo user.
/// </summary>
public sealed class SessionEndTests(ClockedPortalApp app) : IClassFixture<ClockedPortalApp>
{
    [Fact]
    public async Task A_dealer_locked_by_an_admin_can_no_longer_read_orders_download_statements_or_order()
    {
        using var dealer = await app.SignedInAsync(DemoUsers.Dealer);
        var statement = ExportUrls.AccountStatement(await app.PartnerIdAsync("P0001"), Today.AddDays(-90), Today, "xlsx");
        await using var circuit = await app.OpenCircuitAsync(DemoUsers.Dealer);
        var cart = circuit.ServiceProvider.GetRequiredService<CartService>();
        var productId = await ProductIdAsync("AC-1001");

        // Everything works before the lock: the pages, the download, and an order from the open cart page.
        Assert.Equal(HttpStatusCode.OK, (await dealer.GetAsync("/orders")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await dealer.GetAsync(statement)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await dealer.GetAsync("/cart")).StatusCode);
        Assert.True((await cart.AddAsync(productId, 2)).Succeeded);
        Assert.NotNull((await cart.SubmitAsync("before-lock")).OrderId);
        Assert.True((await cart.AddAsync(productId, 2)).Succeeded);
        var orders = await OrderCountAsync();

        await LockAsync(DemoUsers.Dealer);

        // The very next request: the cookie no longer opens anything.
        AssertSentToSignIn(await dealer.GetAsync("/orders"));
        Assert.NotEqual(HttpStatusCode.OK, (await dealer.GetAsync(statement)).StatusCode);
        AssertSentToSignIn(await dealer.GetAsync("/cart"));
        // The open cart page: placing the order is refused, and no order is made.
        await Assert.ThrowsAsync<ScopeViolationException>(() => cart.SubmitAsync("after-lock"));
        Assert.Equal(orders, await OrderCountAsync());
    }

    [Fact]
    public async Task A_password_reset_by_an_admin_ends_the_users_sessions_at_once()
    {
        const string user = "dealer.p0009@demo.partnerportal.local";
        using var dealer = await app.SignedInAsync(user);
        await using var circuit = await app.OpenCircuitAsync(user);
        var orders = circuit.ServiceProvider.GetRequiredService<OrderQueryService>();
        Assert.Equal(HttpStatusCode.OK, (await dealer.GetAsync("/orders")).StatusCode);
        Assert.True((await orders.ListAsync(new PageRequest(0, 10), new OrderFilter())).TotalCount > 0);

        await using (var admin = await app.OpenCircuitAsync(DemoUsers.Admin))
        {
            var users = admin.ServiceProvider.GetRequiredService<UserAdminService>();
            Assert.True((await users.ResetPasswordAsync(await UserIdAsync(user), "Reset#2027")).Succeeded);
        }

        AssertSentToSignIn(await dealer.GetAsync("/orders"));
        // The open page sees nothing any more.
        Assert.Equal(0, (await orders.ListAsync(new PageRequest(0, 10), new OrderFilter())).TotalCount);
        using var again = await app.SignedInAsync(user, "Reset#2027");
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/orders")).StatusCode);
    }

    [Fact]
    public async Task Changing_ones_own_password_ends_the_other_sessions_but_not_the_one_it_was_changed_in()
    {
        const string user = "dealer.p0005@demo.partnerportal.local";
        using var phone = await app.SignedInAsync(user);
        using var desktop = await app.SignedInAsync(user);
        await using var openPage = await app.OpenCircuitAsync(user);
        var cart = openPage.ServiceProvider.GetRequiredService<CartService>();
        await cart.GetAsync();

        var form = PortalClient.HiddenInputs(await desktop.Http.GetStringAsync("/Account/Manage/ChangePassword"));
        form["Input.OldPassword"] = PortalClient.DemoPassword;
        form["Input.NewPassword"] = "Changed#2027";
        form["Input.ConfirmPassword"] = "Changed#2027";
        var changed = await desktop.Http.PostAsync("/Account/Manage/ChangePassword", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await desktop.GetAsync("/orders")).StatusCode);
        AssertSentToSignIn(await phone.GetAsync("/orders"));
        await Assert.ThrowsAsync<ScopeViolationException>(() => cart.GetAsync());
    }

    [Fact]
    public async Task A_changed_role_takes_effect_at_once_instead_of_after_half_an_hour()
    {
        const string user = "trainee.p0013@demo.partnerportal.local";
        using var trainee = await app.SignedInAsync(user);
        Assert.Equal(HttpStatusCode.OK, (await trainee.GetAsync("/learning")).StatusCode);

        await using (var admin = await app.OpenCircuitAsync(DemoUsers.Admin))
        {
            var users = admin.ServiceProvider.GetRequiredService<UserAdminService>();
            var partnerId = await app.PartnerIdAsync("P0013");
            Assert.True((await users.UpdateAsync(await UserIdAsync(user), new UserDraft(user, "培训学员", "Dealer", partnerId, []))).Succeeded);
        }

        AssertSentToSignIn(await trainee.GetAsync("/learning"));
    }

    [Fact]
    public async Task A_removed_user_is_signed_out_at_once()
    {
        const string email = "temp.trainee@example.cn";
        await using (var admin = await app.OpenCircuitAsync(DemoUsers.Admin))
        {
            var created = await admin.ServiceProvider.GetRequiredService<UserAdminService>()
                .CreateAsync(new UserDraft(email, "临时学员", "Trainee", await app.PartnerIdAsync("P0002"), [], "Temp#2026x"));
            Assert.True(created.Succeeded);
        }
        using var trainee = await app.SignedInAsync(email, "Temp#2026x");
        Assert.Equal(HttpStatusCode.OK, (await trainee.GetAsync("/learning")).StatusCode);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Infrastructure.Identity.PortalUser>>();
            Assert.True((await users.DeleteAsync((await users.FindByEmailAsync(email))!)).Succeeded);
        }

        AssertSentToSignIn(await trainee.GetAsync("/learning"));
    }

    private static readonly DateOnly Today = DateOnly.FromDateTime(ClockedPortalApp.Start.UtcDateTime);

    private static void AssertSentToSignIn(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location?.OriginalString);
    }

    private async Task LockAsync(string email)
    {
        await using var admin = await app.OpenCircuitAsync(DemoUsers.Admin);
        var users = admin.ServiceProvider.GetRequiredService<UserAdminService>();
        Assert.True((await users.SetLockedAsync(await UserIdAsync(email), locked: true)).Succeeded);
    }

    private Task<string> UserIdAsync(string email) => app.WithSystemContextAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private Task<int> ProductIdAsync(string sku) => app.WithSystemContextAsync(db => db.Products.Where(p => p.Sku == sku).Select(p => p.Id).SingleAsync());

    private Task<int> OrderCountAsync() => app.WithSystemContextAsync(db => db.Orders.CountAsync());
}
