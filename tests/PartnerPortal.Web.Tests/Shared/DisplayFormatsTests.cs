using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PartnerPortal.Infrastructure.Users;
using PartnerPortal.Web.Components.Shared;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Statements;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Shared;

/// <summary>One date format, one date-time format, one rule for names and one wording of actors, in both languages.</summary>
public sealed class DisplayFormatsTests : BunitTestContext
{
    private static readonly DateOnly Day = new(2025, 8, 5);
    private static readonly DateTimeOffset Moment = new(2025, 8, 5, 9, 7, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(PortalCultures.Chinese)]
    [InlineData(PortalCultures.English)]
    public void Days_and_moments_have_one_format_in_each_language(string culture)
    {
        UseCulture(culture);
        var local = Moment.ToLocalTime();

        Assert.Equal("2025-08-05", Dates.Date(Day));
        Assert.Equal(local.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), Dates.DateTime(Moment));
        Assert.Equal(local.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Dates.Date(Moment));
        Assert.Equal("—", Dates.Date((DateOnly?)null));
        Assert.Equal("—", Dates.DateTime((DateTimeOffset?)null));
        // What pages write without the helper (a DateOnly in markup, "d" and "g") reads the same.
        Assert.Equal("2025-08-05", $"{Day}");
        Assert.Equal(Dates.DateTime(Moment), local.ToString("g"));
    }

    [Theory]
    [InlineData(PortalCultures.Chinese, "上海恒通电器贸易有限公司")]
    [InlineData(PortalCultures.English, "Shanghai Hengtong Appliance Trading Co., Ltd.")]
    public void Pages_and_statements_name_a_partner_by_the_same_rule(string culture, string expected)
    {
        UseCulture(culture);
        using var services = new ServiceCollection().AddLogging().AddLocalization(o => o.ResourcesPath = "Resources").BuildServiceProvider();
        var statement = StatementDocumentText.Create(services.GetRequiredService<IStringLocalizer<SharedResource>>(),
            new ConfigurationBuilder().Build(), PortalCultures.Create(culture));

        var page = Names.Local("上海恒通电器贸易有限公司", "Shanghai Hengtong Appliance Trading Co., Ltd.");

        Assert.Equal(expected, page);
        Assert.Equal(expected, statement.Name("上海恒通电器贸易有限公司", "Shanghai Hengtong Appliance Trading Co., Ltd."));
    }

    [Theory]
    [InlineData(PortalCultures.Chinese, ActorNames.System, "系统")]
    [InlineData(PortalCultures.English, ActorNames.System, "system")]
    [InlineData(PortalCultures.Chinese, "api:ERP", "api:ERP")]
    [InlineData(PortalCultures.Chinese, "陈静 (华东/华南)", "陈静 (华东/华南)")]
    [InlineData(PortalCultures.Chinese, "", "—")]
    [InlineData(PortalCultures.Chinese, null, "—")]
    public void Actors_read_as_people_the_portal_or_an_integration(string culture, string? actor, string shown)
    {
        UseCulture(culture);

        Assert.Equal(shown, Actors.Name(Services.GetRequiredService<IStringLocalizer<SharedResource>>(), actor));
    }
}
