using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Infrastructure.Integration;
using PartnerPortal.Web.Components.Admin.ApiKeys;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;
using static PartnerPortal.Web.Tests.Admin.ApiKeys.ApiKeySamples;

namespace PartnerPortal.Web.Tests.Admin.ApiKeys;

/// <summary>The new-key form sends the draft, shows the service's problems at their fields, and hands on the created key.</summary>
public sealed class ApiKeyFormViewTests : BunitTestContext
{
    private readonly List<ApiKeyDraft> _sent = [];
    private readonly List<CreatedApiKey> _created = [];

    private IRenderedComponent<ApiKeyFormView> RenderForm(ApiKeyForm form, Outcome<CreatedApiKey> answer) =>
        Render<ApiKeyFormView>(p => p
            .Add(x => x.Form, form)
            .Add(x => x.Regions, Regions)
            .Add(x => x.Create, draft => { _sent.Add(draft); return Task.FromResult(answer); })
            .Add(x => x.OnCreated, k => _created.Add(k)));

    [Fact]
    public void Problems_are_shown_at_their_fields_and_nothing_is_handed_on()
    {
        UseCulture(PortalCultures.English);
        var refused = Outcome<CreatedApiKey>.Failed(
        [
            new Problem(ProblemCodes.Required, "Name"),
            new Problem(ProblemCodes.Required, "Scopes"),
            new Problem(ProblemCodes.OutOfRange, "RequestsPerMinute", 1, 10_000),
        ]);
        var cut = RenderForm(new ApiKeyForm { RequestsPerMinute = 0 }, refused);

        cut.Find("form").Submit();

        var sent = _sent.Single();
        Assert.Equal(("", 0, 0, 0), (sent.Name, sent.Scopes.Count, sent.RegionIds.Count, sent.RequestsPerMinute));
        Assert.Empty(_created);
        var errors = cut.FindAll(".mud-input-error").Select(e => e.TextContent).ToList();
        Assert.Contains(errors, e => e.Contains("is required"));
        Assert.Contains(errors, e => e.Contains("between 1 and 10000") || e.Contains("between 1 and 10,000"));
        Assert.Empty(cut.FindAll("[data-testid=problems]"));
    }

    [Fact]
    public void A_created_key_is_handed_on_with_the_draft_as_filled_in()
    {
        UseCulture(PortalCultures.English);
        var key = new CreatedApiKey(3, "pp_abcdefghi", "pp_abcdefghijklmnopqrstuvwxyz");
        var form = new ApiKeyForm { Name = "  WMS  ", Scopes = [ApiScopes.StockWrite], RegionIds = [2], RequestsPerMinute = 30 };
        var cut = RenderForm(form, Outcome<CreatedApiKey>.Success(key));

        cut.Find("form").Submit();

        var sent = _sent.Single();
        Assert.Equal(("WMS", 30), (sent.Name, sent.RequestsPerMinute));
        Assert.Equal([ApiScopes.StockWrite], sent.Scopes);
        Assert.Equal([2], sent.RegionIds);
        Assert.Equal(key, Assert.Single(_created));
    }

    [Fact]
    public void Every_scope_is_offered_with_a_line_saying_what_it_allows()
    {
        UseCulture(PortalCultures.English);

        Assert.All(ApiScopes.All, scope =>
        {
            var text = ApiScopeText.Explain(Services.GetRequiredService<IStringLocalizer<SharedResource>>(), scope);
            Assert.NotEqual(scope, text);
            Assert.False(string.IsNullOrWhiteSpace(text));
        });
    }
}
