using System.Net;
using PartnerPortal.Web.Training;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Training;

/// <summary>
/// GET /training/materials/{id} and /training/covers/{name}, served next to the certificates: published courses' files
/// for anyone signed in, drafts' for brand staff, nothing for anyone signed out and nothing by a path.
/// </summary>
public sealed class CourseFileEndpointTests(CertificateApp app) : IClassFixture<CertificateApp>
{
    private static string? FileName(HttpResponseMessage response) =>
        response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"');

    [Fact]
    public async Task A_published_courses_material_downloads_under_its_own_name_and_type()
    {
        using var client = await app.SignedInAsync(DemoUsers.Trainee);

        var response = await client.GetAsync(TrainingEndpoints.MaterialUrl(app.PublishedMaterialId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("安装手册.pdf", FileName(response));
        Assert.Equal("nosniff", string.Join("", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(CertificateApp.MaterialContent, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_draft_courses_material_is_404_for_partner_staff_and_served_to_brand_staff()
    {
        using (var dealer = await app.SignedInAsync(DemoUsers.Dealer))
            Assert.Equal(HttpStatusCode.NotFound, (await dealer.GetAsync(TrainingEndpoints.MaterialUrl(app.DraftMaterialId))).StatusCode);

        using var manager = await app.SignedInAsync(DemoUsers.ManagerEast);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync(TrainingEndpoints.MaterialUrl(app.DraftMaterialId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync(TrainingEndpoints.MaterialUrl(int.MaxValue))).StatusCode);
    }

    [Fact]
    public async Task A_published_courses_cover_is_an_image_and_a_drafts_or_a_path_is_404()
    {
        using var client = await app.SignedInAsync(DemoUsers.Trainee);

        var cover = await client.GetAsync(TrainingEndpoints.CoverUrl(app.PublishedCover));
        Assert.Equal(HttpStatusCode.OK, cover.StatusCode);
        Assert.Equal("image/png", cover.Content.Headers.ContentType?.MediaType);
        Assert.Null(cover.Content.Headers.ContentDisposition);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(TrainingEndpoints.CoverUrl(app.DraftCover))).StatusCode);
        foreach (var name in new[] { "..%2F..%2Fappsettings.json", "..%2Fportal.db", "cover.png" })
        {
            var response = await client.GetAsync($"/training/covers/{name}");
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{name}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Signed_out_callers_get_no_file()
    {
        using var client = app.CreateClient();

        foreach (var url in new[] { TrainingEndpoints.MaterialUrl(app.PublishedMaterialId), TrainingEndpoints.CoverUrl(app.PublishedCover) })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
        }
    }
}
