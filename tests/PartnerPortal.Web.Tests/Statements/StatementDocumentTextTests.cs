using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Statements;

namespace PartnerPortal.Web.Tests.Statements;

/// <summary>Exported documents speak the reader's language, show money as yuan, and name the configured brand.</summary>
public sealed class StatementDocumentTextTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection()
        .AddLogging()
        .AddLocalization(options => options.ResourcesPath = "Resources")
        .BuildServiceProvider();

    private IStringLocalizer<SharedResource> Localizer => _services.GetRequiredService<IStringLocalizer<SharedResource>>();

    private static IConfiguration Configuration(string? brand) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Portal:BrandName"] = brand }).Build();

    [Fact]
    public void Chinese_readers_get_Chinese_words_and_yuan()
    {
        var text = StatementDocumentText.Create(Localizer, Configuration("海尔"), CultureInfo.GetCultureInfo(PortalCultures.Chinese));

        Assert.True(text.IsChinese);
        Assert.Equal("合作伙伴", text["Partner"]);
        Assert.Equal("¥1,234.50", text.Money(1234.5m));
        Assert.Equal("-¥1,234.50", text.Money(-1234.5m));
        Assert.Equal("海尔", text.BrandName);
    }

    [Fact]
    public void English_readers_get_English_words_and_still_yuan()
    {
        var text = StatementDocumentText.Create(Localizer, Configuration(null), CultureInfo.GetCultureInfo("en-US"));

        Assert.False(text.IsChinese);
        Assert.Equal("Partner", text["Partner"]);
        Assert.Equal("¥1,234.50", text.Money(1234.5m));
        Assert.Equal(StatementDocumentText.DefaultBrandName, text.BrandName);
    }

    [Fact]
    public void The_words_follow_the_document_not_the_thread()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        try
        {
            var text = StatementDocumentText.Create(Localizer, Configuration(null), CultureInfo.GetCultureInfo("zh-Hans-CN"));

            Assert.True(text.IsChinese);
            Assert.Equal("合作伙伴", text["Partner"]);
            Assert.Equal("en", CultureInfo.CurrentUICulture.Name);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    public void Dispose() => _services.Dispose();
}
