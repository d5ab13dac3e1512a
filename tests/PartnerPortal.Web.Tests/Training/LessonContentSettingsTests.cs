using Microsoft.Extensions.Configuration;
using PartnerPortal.Web.Components.Training;

namespace PartnerPortal.Web.Tests.Training;

public sealed class LessonContentSettingsTests
{
    private static IConfiguration Settings(params string[] hosts) => new ConfigurationBuilder()
        .AddInMemoryCollection(hosts.Select((h, i) => new KeyValuePair<string, string?>($"Training:LessonImageHosts:{i}", h)))
        .Build();

    [Fact]
    public void No_setting_allows_only_the_portals_own_images()
    {
        var policy = LessonContentSettings.Read(Settings());

        Assert.Empty(policy.ImageHosts);
        Assert.True(policy.AllowsImage("/training/materials/3"));
        Assert.False(policy.AllowsImage("https://img.example.com/a.png"));
    }

    [Fact]
    public void Listed_hosts_serve_https_images()
    {
        var policy = LessonContentSettings.Read(Settings(" img.example.com ", "CDN.example.cn"));

        Assert.True(policy.AllowsImage("https://img.example.com/a.png"));
        Assert.True(policy.AllowsImage("https://cdn.example.cn/b.jpg"));
        Assert.False(policy.AllowsImage("https://example.com/a.png"));
    }

    [Theory]
    [InlineData("https://img.example.com")]
    [InlineData("img.example.com/path")]
    [InlineData(" ")]
    public void A_value_that_is_not_a_host_name_stops_the_start_naming_the_setting(string host)
    {
        var error = Assert.Throws<InvalidOperationException>(() => LessonContentSettings.Read(Settings(host)));

        Assert.Contains("Training:LessonImageHosts", error.Message);
    }
}
