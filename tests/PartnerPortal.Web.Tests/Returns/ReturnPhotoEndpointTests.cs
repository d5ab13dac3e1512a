using System.Net;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Web.Returns;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Returns;

/// <summary>GET /returns/photos/{id} through the real app: the photo reaches only those who may see the return's partner.</summary>
public sealed class ReturnPhotoEndpointTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private const string DealerP0002 = "dealer.p0002@demo.partnerportal.local";
    private const string ManagerNorth = "manager.north@demo.partnerportal.local";

    private async Task<HttpResponseMessage> GetAsync(string user, string url)
    {
        using var client = app.CreatePortalClient();
        await client.SignInAsync(user);
        return await client.GetAsync(url);
    }

    [Theory]
    [InlineData(DemoUsers.Dealer)]
    [InlineData(DemoUsers.ManagerEast)]
    public async Task The_partner_and_its_manager_see_the_photo_and_its_thumbnail(string user)
    {
        var (_, _, photoId, _) = await app.ShippedReturnAsync();

        foreach (var (url, type, media) in new[] { (ReturnPhotoEndpoints.PhotoUrl(photoId), ScanFileType.Png, "image/png"),
                     (ReturnPhotoEndpoints.ThumbnailUrl(photoId), ScanFileType.Jpeg, "image/jpeg") })
        {
            var response = await GetAsync(user, url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(media, response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("nosniff", string.Join("", response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal(type, ScanFileRules.Detect(await response.Content.ReadAsByteArrayAsync()));
        }
    }

    [Theory]
    [InlineData(DealerP0002)]
    [InlineData(ManagerNorth)]
    public async Task Another_partners_photo_is_404(string user)
    {
        var (_, _, photoId, _) = await app.ShippedReturnAsync();

        foreach (var url in new[] { ReturnPhotoEndpoints.PhotoUrl(photoId), ReturnPhotoEndpoints.ThumbnailUrl(photoId) })
        {
            var response = await GetAsync(user, url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.NotEqual("image/png", response.Content.Headers.ContentType?.MediaType);
        }
    }
}
