using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Infrastructure.Identity;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Account;

/// <summary>
/// The sign-in form does not tell whether an e-mail has an account (an unknown one costs a password check too),
/// records refused sign-ins without the password, and takes an authenticator code only once.
/// </summary>
public sealed partial class SignInProtectionTests(ClockedPortalApp app) : IClassFixture<ClockedPortalApp>
{
    private const string Unknown = "nobody.here@example.com";
    private const string WrongPassword = "Wrong#Secret-9431";
    [Fact]
    public async Task An_unknown_email_costs_a_password_check_like_a_known_one()
    {
        using var client = app.CreatePortalClient();
        await client.Http.GetStringAsync("/Account/Login");

        var checks = app.PasswordHasher.Verifications;
        var unknown = await client.PostLoginAsync(Unknown, WrongPassword);
        Assert.Equal(1, app.PasswordHasher.Verifications - checks);

        checks = app.PasswordHasher.Verifications;
        var known = await client.PostLoginAsync("trainee.p0009@demo.partnerportal.local", WrongPassword);
        Assert.Equal(1, app.PasswordHasher.Verifications - checks);

        // And the answers are the same page with the same message.
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        Assert.Contains("The e-mail or password is not correct.", await unknown.Content.ReadAsStringAsync());
        Assert.Contains("The e-mail or password is not correct.", await known.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_locked_out_user_costs_a_password_check_too()
    {
        const string user = "trainee.p0005@demo.partnerportal.local";
        using var client = app.CreatePortalClient();
        for (var attempt = 0; attempt < 5; attempt++) await client.PostLoginAsync(user, WrongPassword);

        var checks = app.PasswordHasher.Verifications;
        var locked = await client.PostLoginAsync(user, WrongPassword);

        Assert.Contains("/Account/Lockout", locked.Headers.Location?.OriginalString);
        Assert.Equal(1, app.PasswordHasher.Verifications - checks);
    }

    [Fact]
    public async Task Refused_sign_ins_are_logged_and_audited_without_the_password()
    {
        const string user = "trainee.p0013@demo.partnerportal.local";
        using var client = app.CreatePortalClient();
        await client.PostLoginAsync(Unknown, WrongPassword);
        await client.PostLoginAsync(user, WrongPassword);

        var entries = await app.WithSystemContextAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == SignInFailureLog.EntityType).OrderBy(a => a.Id).ToListAsync());
        var userId = await app.WithSystemContextAsync(db => db.Users.Where(u => u.Email == user).Select(u => u.Id).SingleAsync());
        Assert.Contains(entries, e => e.UserName == Unknown && e.UserId == null && e.Action == AuditAction.Failed && e.Changes.Contains("UnknownUser"));
        Assert.Contains(entries, e => e.UserName == user && e.UserId == userId && e.Action == AuditAction.Failed && e.Changes.Contains("WrongPassword"));
        Assert.All(entries, e => Assert.DoesNotContain(WrongPassword, e.Changes));

        var warnings = app.Log.Entries.Where(e => e.Level == LogLevel.Warning && e.Message.StartsWith("Sign-in refused", StringComparison.Ordinal)).ToList();
        Assert.Contains(warnings, w => w.Message.Contains(Unknown) && w.Message.Contains("UnknownUser"));
        Assert.Contains(warnings, w => w.Message.Contains(user) && w.Message.Contains("WrongPassword"));
        Assert.DoesNotContain(app.Log.Entries, e => e.Message.Contains(WrongPassword));
    }

    [Fact]
    public async Task An_authenticator_code_signs_in_only_once()
    {
        const string user = "dealer.p0013@demo.partnerportal.local";
        string key;
        using (var client = await app.SignedInAsync(user))
        {
            var page = await client.Http.GetStringAsync("/Account/Manage/EnableAuthenticator");
            key = Secret().Match(page).Groups[1].Value;
            var form = PortalClient.HiddenInputs(page);
            form["Input.Code"] = Totp.Code(key, app.Clock.GetUtcNow());
            Assert.Contains("recovery-codes", await (await client.Http.PostAsync("/Account/Manage/EnableAuthenticator", new FormUrlEncodedContent(form))).Content.ReadAsStringAsync());
        }

        // The same code (same 30 seconds) that turned the app on does not sign in.
        var code = Totp.Code(key, app.Clock.GetUtcNow());
        Assert.Contains("Invalid authenticator code.", await (await SecondStepAsync(user, code)).Content.ReadAsStringAsync());

        // The next code signs in once; whoever saw it cannot use it again, not even a minute later within its window.
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        code = Totp.Code(key, app.Clock.GetUtcNow());
        Assert.Equal(HttpStatusCode.Redirect, (await SecondStepAsync(user, code)).StatusCode);
        app.Clock.Advance(TimeSpan.FromSeconds(20));
        Assert.Contains("Invalid authenticator code.", await (await SecondStepAsync(user, code)).Content.ReadAsStringAsync());

        // Its successor works.
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.Redirect, (await SecondStepAsync(user, Totp.Code(key, app.Clock.GetUtcNow()))).StatusCode);
        Assert.Contains(await app.WithSystemContextAsync(db => db.AuditEntries.Where(a => a.UserName == user).Select(a => a.Changes).ToListAsync()),
            c => c.Contains("WrongAuthenticatorCode"));
    }

    /// <summary>A fresh browser: password first, then <paramref name="code"/> on the second step.</summary>
    private async Task<HttpResponseMessage> SecondStepAsync(string user, string code)
    {
        using var client = app.CreatePortalClient();
        var password = await client.PostLoginAsync(user, PortalClient.DemoPassword);
        Assert.Contains("/Account/LoginWith2fa", password.Headers.Location?.OriginalString);
        var form = PortalClient.HiddenInputs(await client.Http.GetStringAsync(password.Headers.Location!));
        form["Input.TwoFactorCode"] = code;
        return await client.Http.PostAsync(password.Headers.Location!, new FormUrlEncodedContent(form));
    }

    [GeneratedRegex("secret=([A-Z2-7]+)")]
    private static partial Regex Secret();
}
