using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Infrastructure.Identity;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Account;

public sealed class LockoutTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_password()
    {
        using var client = app.CreatePortalClient();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var wrong = await client.PostLoginAsync(DemoUsers.Trainee, "Wrong#2026");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode); // the form again, with an error
            Assert.Contains("The e-mail or password is not correct.", await wrong.Content.ReadAsStringAsync());
        }
        var fifth = await client.PostLoginAsync(DemoUsers.Trainee, "Wrong#2026");
        Assert.Contains("/Account/Lockout", fifth.Headers.Location?.OriginalString);

        var right = await client.PostLoginAsync(DemoUsers.Trainee, PortalClient.DemoPassword);
        Assert.Contains("/Account/Lockout", right.Headers.Location?.OriginalString);

        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        Assert.True(await users.IsLockedOutAsync((await users.FindByEmailAsync(DemoUsers.Trainee))!));
    }

    [Fact]
    public async Task Right_password_signs_in_and_sign_out_ends_the_session()
    {
        using var client = app.CreatePortalClient();
        await client.SignInAsync(DemoUsers.Dealer);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/my-partner")).StatusCode);

        var manage = await client.Http.GetStringAsync("/Account/Manage");
        var fields = PortalClient.HiddenInputs(manage);
        var signOut = await client.Http.PostAsync("/Account/Logout", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        var after = await client.GetAsync("/my-partner");
        Assert.Contains("/Account/Login", after.Headers.Location?.OriginalString);
    }
}
