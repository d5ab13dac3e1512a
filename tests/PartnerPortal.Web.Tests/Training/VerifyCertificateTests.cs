using System.Net;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Training;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Training;

/// <summary>The public /verify pages, signed out: what a code proves, and nothing more.</summary>
public sealed class VerifyCertificateTests(CertificateApp app) : IClassFixture<CertificateApp>
{
    private const string PartnerName = "上海恒通电器贸易有限公司";

    private async Task<string> PageAsync(string url, PortalClient? client = null)
    {
        using var own = client is null ? app.CreateClient() : null;
        var response = await (client ?? own!).GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Signed_out_a_valid_certificate_shows_its_holder_course_and_dates()
    {
        var html = await PageAsync(TrainingEndpoints.VerifyPath(app.TraineeCode));

        Assert.Contains("Valid certificate", html);
        Assert.Contains(CertificateApp.TraineeHolder, html);
        Assert.Contains(CertificateApp.CourseTitleEn, html);
        Assert.Contains(CertificateApp.Today.AddMonths(-1).ToString("yyyy-MM-dd"), html);
        Assert.Contains(CertificateApp.Today.AddMonths(11).ToString("yyyy-MM-dd"), html);
        Assert.DoesNotContain(PartnerName, html);
        Assert.DoesNotContain("/Account/Login", html);
    }

    [Fact]
    public async Task A_code_typed_in_lower_case_with_dashes_is_found()
    {
        var code = app.TraineeCode.ToLowerInvariant();

        var html = await PageAsync($"/verify/{code[..5]}-{code[5..]}");

        Assert.Contains("Valid certificate", html);
        Assert.Contains(CertificateApp.TraineeHolder, html);
    }

    [Fact]
    public async Task An_expired_certificate_says_so_and_still_shows_its_holder()
    {
        var html = await PageAsync(TrainingEndpoints.VerifyPath(app.ExpiredCode));

        Assert.Contains("This certificate has expired", html);
        Assert.DoesNotContain("Valid certificate", html);
        Assert.Contains(CertificateApp.TraineeHolder, html);
        Assert.Contains(CertificateApp.Today.AddMonths(-1).ToString("yyyy-MM-dd"), html);
    }

    [Fact]
    public async Task A_certificate_without_expiry_says_so()
    {
        var html = await PageAsync(TrainingEndpoints.VerifyPath(app.DealerCode));

        Assert.Contains("Valid certificate", html);
        Assert.Contains(CertificateApp.DealerHolder, html);
        Assert.Contains("No expiry", html);
    }

    [Theory]
    [InlineData("ZZZZZZZZZZ")]
    [InlineData("nonsense")]
    public async Task An_unknown_code_says_there_is_no_such_certificate(string code)
    {
        var html = await PageAsync(TrainingEndpoints.VerifyPath(code));

        Assert.Contains("No certificate with this code", html);
        Assert.DoesNotContain("Valid certificate", html);
        Assert.DoesNotContain(CertificateApp.TraineeHolder, html);
    }

    [Fact]
    public async Task Chinese_readers_see_the_Chinese_course_title()
    {
        using var client = app.CreateClient();
        await client.GetAsync($"/culture/set?culture={PortalCultures.Chinese}&redirectUri=/");

        var html = await PageAsync(TrainingEndpoints.VerifyPath(app.TraineeCode), client);

        Assert.Contains(CertificateApp.CourseTitle, html);
        Assert.DoesNotContain(CertificateApp.CourseTitleEn, html);
    }

    [Fact]
    public async Task The_verify_page_offers_a_form_and_sends_a_typed_code_to_its_page()
    {
        var html = await PageAsync("/verify");
        Assert.Contains("data-testid=\"verify-form\"", html);
        Assert.Contains("name=\"code\"", html);

        using var client = app.CreateClient();
        var code = app.TraineeCode.ToLowerInvariant();
        var response = await client.GetAsync($"/verify?code={code[..4]}-{code[4..]}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith($"/verify/{app.TraineeCode}", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Signed_in_users_see_the_same_page()
    {
        using var client = await app.SignedInAsync(DemoUsers.Dealer);

        var html = await PageAsync(TrainingEndpoints.VerifyPath(app.TraineeCode), client);

        Assert.Contains("Valid certificate", html);
    }
}
