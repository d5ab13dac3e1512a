using Bunit;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Infrastructure.Integration;
using PartnerPortal.Web.Components.Admin.ApiKeys;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;
using static PartnerPortal.Web.Tests.Admin.ApiKeys.ApiKeySamples;

namespace PartnerPortal.Web.Tests.Admin.ApiKeys;

/// <summary>The admin's key list from records: what each key may do and where, when it was used, and Revoke on active keys only.</summary>
public sealed class ApiKeyListTests : BunitTestContext
{
    private readonly List<ApiKeyRow> _revoked = [];

    private IRenderedComponent<ApiKeyList> RenderList(IReadOnlyList<ApiKeyRow>? keys, int? revoking = null) =>
        Render<ApiKeyList>(p => p
            .Add(x => x.Keys, keys)
            .Add(x => x.Regions, Regions)
            .Add(x => x.Revoking, revoking)
            .Add(x => x.OnRevoke, k => _revoked.Add(k)));

    [Fact]
    public void An_active_key_shows_its_prefix_scopes_regions_limit_and_last_use_and_can_be_revoked()
    {
        UseCulture(PortalCultures.English);
        var erp = Key(1, "ERP production", [ApiScopes.OrdersRead, ApiScopes.ShipmentsWrite], [1, 2], perMinute: 600,
            lastUsed: new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero));

        var cut = RenderList([erp]);

        Assert.Equal("ERP production", cut.Find("[data-testid=api-key-name]").TextContent.Trim());
        Assert.Equal(erp.Prefix + "…", cut.Find("[data-testid=api-key-prefix]").TextContent.Trim());
        Assert.Equal([ApiScopes.OrdersRead, ApiScopes.ShipmentsWrite], cut.FindAll("[data-testid=api-key-scope]").Select(c => c.TextContent.Trim()));
        Assert.Equal("East China, South China", cut.Find("[data-testid=api-key-regions]").TextContent.Trim());
        Assert.Equal("600", cut.Find("[data-testid=api-key-rpm]").TextContent.Trim());
        Assert.NotEqual("never", cut.Find("[data-testid=api-key-last-used]").TextContent.Trim());
        Assert.Equal("Active", cut.Find("[data-testid=api-key-status]").TextContent.Trim());
        Assert.Contains("by admin@demo.partnerportal.local", cut.Markup);

        cut.Find("[data-testid=revoke-api-key]").Click();

        Assert.Equal(erp, Assert.Single(_revoked));
    }

    [Fact]
    public void A_revoked_key_unused_and_for_every_region_says_so_and_offers_no_revoke()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderList([Key(2, "Old WMS", revoked: Created.AddDays(3))]);

        Assert.Equal("All regions", cut.Find("[data-testid=api-key-regions]").TextContent.Trim());
        Assert.Equal("never", cut.Find("[data-testid=api-key-last-used]").TextContent.Trim());
        Assert.Equal("Revoked", cut.Find("[data-testid=api-key-status]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=revoke-api-key]"));
    }

    [Fact]
    public void While_one_key_is_revoked_no_other_revoke_can_start()
    {
        UseCulture(PortalCultures.English);

        var cut = RenderList([Key(1, "ERP"), Key(2, "WMS")], revoking: 1);

        Assert.All(cut.FindAll("button[data-testid=revoke-api-key]"), b => Assert.True(b.HasAttribute("disabled")));
        Assert.Single(cut.FindAll("[data-testid=revoke-api-key] .mud-progress-circular"));
    }

    [Fact]
    public void Loading_shows_progress_and_no_keys_shows_what_keys_are_for()
    {
        UseCulture(PortalCultures.English);

        var loading = RenderList(null);
        var empty = RenderList([]);

        Assert.Single(loading.FindAll("[data-testid=api-keys-loading]"));
        Assert.Contains("No API keys yet.", empty.Find("[data-testid=api-keys-empty]").TextContent);
        Assert.Empty(empty.FindAll("[data-testid=api-keys]"));
    }

    [Fact]
    public void In_Chinese_the_regions_have_their_Chinese_names()
    {
        UseCulture(PortalCultures.Chinese);

        var cut = RenderList([Key(1, "ERP", regions: [1, 3])]);

        Assert.Equal("华东, 华北", cut.Find("[data-testid=api-key-regions]").TextContent.Trim());
    }
}
