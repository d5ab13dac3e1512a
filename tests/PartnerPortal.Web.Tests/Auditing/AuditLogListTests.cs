using Bunit;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Domain.Common;
using PartnerPortal.Infrastructure.Auditing;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Web.Components.Admin.Audit;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Auditing;

/// <summary>The audit log's list: who, when, what, before and after side by side, the changed fields marked; empty and loading states; the pager.</summary>
public sealed class AuditLogListTests : BunitTestContext
{
    private static readonly AuditPartner Hengtong = new(1, "P0001", new LocalName("上海恒通电器贸易有限公司", "Shanghai Hengtong"));

    private static AuditLogItem Item(long id, AuditActor actor, AuditAction action = AuditAction.Updated, AuditPartner? partner = null,
        params AuditFieldChange[] fields) =>
        new(id, new DateTimeOffset(2026, 11, 20, 6, 35, 0, TimeSpan.Zero), actor, "CreditAccount", "7", action, partner, fields);

    private IRenderedComponent<AuditLogList> RenderList(PagedResult<AuditLogItem>? result, bool loading = false, bool filtered = false,
        int page = 0, Action<int>? pageChanged = null) =>
        Render<AuditLogList>(p => p
            .Add(x => x.Result, result)
            .Add(x => x.Loading, loading)
            .Add(x => x.Filtered, filtered)
            .Add(x => x.Page, page)
            .Add(x => x.PageSize, 25)
            .Add(x => x.PageChanged, pageChanged ?? (_ => { })));

    [Fact]
    public void An_entry_shows_who_when_what_and_the_values_before_and_after_with_the_changed_ones_marked()
    {
        UseCulture(PortalCultures.English);
        var entry = Item(5, new AuditActor(AuditActorKind.User, "系统管理员 Admin"), AuditAction.Updated, Hengtong,
            new AuditFieldChange("CreditLimit", "200000.00", "250000.00", true), new AuditFieldChange("Version", "3", "3", false));

        var cut = RenderList(new PagedResult<AuditLogItem>([entry], 1));

        Assert.Equal("系统管理员 Admin", cut.Find("[data-testid=audit-who]").TextContent.Trim());
        Assert.Equal(entry.OccurredAt.ToLocalTime().ToString("g", System.Globalization.CultureInfo.CurrentCulture),
            cut.Find("[data-testid=audit-when]").TextContent.Trim());
        Assert.Equal("CreditAccount #7", cut.Find("[data-testid=audit-what]").TextContent.Trim());
        Assert.Equal("Updated", cut.Find("[data-testid=audit-action]").TextContent.Trim());
        Assert.Equal("/partners/1", cut.Find("[data-testid=audit-partner]").GetAttribute("href"));
        var fields = cut.FindAll("[data-testid=audit-field]");
        Assert.Equal(["CreditLimit", "Version"], fields.Select(f => f.GetAttribute("data-field")));
        Assert.Equal(["true", "false"], fields.Select(f => f.GetAttribute("data-changed")));
        Assert.Contains("audit-changed", fields[0].ClassName);
        Assert.DoesNotContain("audit-changed", fields[1].ClassName);
        Assert.EndsWith("200000.00", fields[0].QuerySelector("[data-testid=audit-before]")!.TextContent.Trim());
        Assert.EndsWith("250000.00", fields[0].QuerySelector("[data-testid=audit-after]")!.TextContent.Trim());
        Assert.Equal("Entries: 1", cut.Find("[data-testid=audit-count]").TextContent.Trim());
    }

    [Fact]
    public void Integrations_and_the_system_are_named_as_such_in_Chinese()
    {
        UseCulture(PortalCultures.Chinese);
        var cut = RenderList(new PagedResult<AuditLogItem>([
            Item(3, new AuditActor(AuditActorKind.ApiKey, "api:erp"), AuditAction.Created, null, new AuditFieldChange("Name", null, "新", true)),
            Item(2, new AuditActor(AuditActorKind.System, "start-up")),
            Item(1, new AuditActor(AuditActorKind.System, "")),
        ], 3));

        Assert.Equal(["api:erp", "系统 (start-up)", "系统"], cut.FindAll("[data-testid=audit-who]").Select(w => w.TextContent.Trim()));
        Assert.Equal(["新建", "修改", "修改"], cut.FindAll("[data-testid=audit-action]").Select(a => a.TextContent.Trim()));
        // Before a row was created there is no value: a dash.
        Assert.EndsWith("—", cut.Find("[data-testid=audit-before]").TextContent.Trim());
        Assert.Equal(2, cut.FindAll("[data-testid=audit-no-fields]").Count);
        Assert.Contains("未记录任何值。", cut.Find("[data-testid=audit-no-fields]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=audit-partner]"));
    }

    [Theory]
    [InlineData(false, "No audit entries yet.")]
    [InlineData(true, "No audit entries match the filters.")]
    public void An_empty_list_says_why(bool filtered, string expected)
    {
        UseCulture(PortalCultures.English);
        var cut = RenderList(new PagedResult<AuditLogItem>([], 0), filtered: filtered);

        Assert.Equal(expected, cut.Find("[data-testid=audit-empty]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=audit-entry]"));
    }

    [Fact]
    public void A_loading_page_shows_the_bar_and_nothing_before_the_first_page()
    {
        var cut = RenderList(null, loading: true);

        Assert.Single(cut.FindAll("[data-testid=audit-loading]"));
        Assert.Empty(cut.FindAll("[data-testid=audit-empty]"));
        Assert.Empty(cut.FindAll("[data-testid=audit-entry]"));
    }

    [Fact]
    public void The_pager_counts_pages_and_reports_the_page_chosen()
    {
        var chosen = new List<int>();
        var items = Enumerable.Range(0, 25).Select(i => Item(100 - i, new AuditActor(AuditActorKind.System, ""))).ToList();
        var cut = RenderList(new PagedResult<AuditLogItem>(items, 60), pageChanged: chosen.Add);

        Assert.Equal(3, cut.Instance.PageCount);
        Assert.Equal(25, cut.FindAll("[data-testid=audit-entry]").Count);
        cut.FindAll("[data-testid=audit-pager] button").First(b => b.TextContent.Trim() == "2").Click();

        Assert.Equal([1], chosen);
    }

    [Fact]
    public void One_page_has_no_pager()
    {
        var cut = RenderList(new PagedResult<AuditLogItem>([Item(1, new AuditActor(AuditActorKind.System, ""))], 1));

        Assert.Empty(cut.FindAll("[data-testid=audit-pager]"));
    }
}
