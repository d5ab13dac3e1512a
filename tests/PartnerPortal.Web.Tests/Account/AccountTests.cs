using System.Net;
using System.Text.RegularExpressions;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Account;

public sealed partial class AccountTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task A_user_changes_their_password_and_signs_in_with_the_new_one_only()
    {
        const string user = "trainee.p0002@demo.partnerportal.local";
        using (var client = app.CreatePortalClient())
        {
            await client.SignInAsync(user);
            var form = PortalClient.HiddenInputs(await client.Http.GetStringAsync("/Account/Manage/ChangePassword"));
            form["Input.OldPassword"] = PortalClient.DemoPassword;
            form["Input.NewPassword"] = "Changed#2027";
            form["Input.ConfirmPassword"] = "Changed#2027";
            var changed = await client.Http.PostAsync("/Account/Manage/ChangePassword", new FormUrlEncodedContent(form));
            Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        }

        using var fresh = app.CreatePortalClient();
        var old = await fresh.PostLoginAsync(user, PortalClient.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, old.StatusCode); // the form again
        await fresh.SignInAsync(user, "Changed#2027");
    }

    [Fact]
    public async Task A_mismatched_confirmation_changes_nothing_and_says_why()
    {
        using var client = app.CreatePortalClient();
        await client.SignInAsync("dealer.p0009@demo.partnerportal.local");
        var form = PortalClient.HiddenInputs(await client.Http.GetStringAsync("/Account/Manage/ChangePassword"));
        form["Input.OldPassword"] = PortalClient.DemoPassword;
        form["Input.NewPassword"] = "Changed#2027";
        form["Input.ConfirmPassword"] = "Changed#2028";
        var response = await client.Http.PostAsync("/Account/Manage/ChangePassword", new FormUrlEncodedContent(form));

        Assert.Contains("The new password and its confirmation do not match.", await response.Content.ReadAsStringAsync());
        using var fresh = app.CreatePortalClient();
        await fresh.SignInAsync("dealer.p0009@demo.partnerportal.local");
    }

    [Fact]
    public async Task A_user_turns_on_an_authenticator_app_and_then_needs_its_code_to_sign_in()
    {
        const string user = "dealer.p0013@demo.partnerportal.local";
        string key;
        using (var client = app.CreatePortalClient())
        {
            await client.SignInAsync(user);
            var page = await client.Http.GetStringAsync("/Account/Manage/EnableAuthenticator");
            key = Secret().Match(page).Groups[1].Value;
            Assert.NotEmpty(key);
            var form = PortalClient.HiddenInputs(page);
            form["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow);
            var verified = await client.Http.PostAsync("/Account/Manage/EnableAuthenticator", new FormUrlEncodedContent(form));
            var body = await verified.Content.ReadAsStringAsync();
            Assert.True(verified.StatusCode == HttpStatusCode.OK, body);
            Assert.Contains("recovery-codes", body); // the first set of recovery codes is shown once
        }

        using var fresh = app.CreatePortalClient();
        var password = await fresh.PostLoginAsync(user, PortalClient.DemoPassword);
        Assert.Contains("/Account/LoginWith2fa", password.Headers.Location?.OriginalString);
        Assert.Contains("/Account/Login", (await fresh.GetAsync("/my-partner")).Headers.Location?.OriginalString);

        var step = await fresh.Http.GetStringAsync(password.Headers.Location!);
        var second = PortalClient.HiddenInputs(step);
        // The code that turned the app on is used up; the next one (accepted up to a minute early) signs in.
        second["Input.TwoFactorCode"] = Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(30));
        var signedIn = await fresh.Http.PostAsync(password.Headers.Location!, new FormUrlEncodedContent(second));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/my-partner")).StatusCode);
    }

    [Fact]
    public async Task Health_reports_the_database_as_healthy_without_signing_in()
    {
        using var client = app.CreatePortalClient();
        var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("secret=([A-Z2-7]+)")]
    private static partial Regex Secret();
}
