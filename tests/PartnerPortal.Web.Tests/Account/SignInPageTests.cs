using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Account;

/// <summary>The sign-in page says what "keep me signed in" does, with the limits the portal is set to.</summary>
public sealed class SignInPageTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task The_keep_me_signed_in_box_says_how_long_a_sign_in_lasts()
    {
        using var client = app.CreatePortalClient();
        var page = await client.Http.GetStringAsync("/Account/Login");

        Assert.Contains("aria-describedby=\"remember-me-hint\"", page);
        Assert.Contains("Dealers and trainees stay signed in here for up to 7 days, also after closing the browser. Otherwise, "
            + "and always for brand staff, you are signed out after 30 minutes without use and 12 hours after signing in.", page);
    }

    [Fact]
    public async Task In_Chinese_with_the_limits_as_configured()
    {
        await using var configured = app.WithWebHostBuilder(b => b.ConfigureAppConfiguration((_, c) => c.AddInMemoryCollection(
            new Dictionary<string, string?> { ["Sessions:IdleTimeoutMinutes"] = "15", ["Sessions:AbsoluteLifetimeHours"] = "8", ["Sessions:KeepSignedInDays"] = "14" })));
        using var client = configured.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var page = await client.GetStringAsync("/Account/Login");

        Assert.Contains("经销商和学员在此设备上最多保持登录 14 天，关闭浏览器后也不退出。未勾选时（品牌员工始终如此），15 分钟无操作或登录满 8 小时后将自动退出。", page);
    }
}
