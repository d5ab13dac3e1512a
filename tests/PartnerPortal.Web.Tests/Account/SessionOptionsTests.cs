using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PartnerPortal.Domain.Access;
using PartnerPortal.Web.Account;

namespace PartnerPortal.Web.Tests.Account;

public class SessionOptionsTests
{
    private static IServiceProvider Services(params (string Key, string Value)[] values)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(values.ToDictionary(v => "Sessions:" + v.Key, v => (string?)v.Value)).Build();
        return new ServiceCollection().AddLogging().AddPortalSessions(configuration).BuildServiceProvider();
    }

    [Fact]
    public void Without_settings_the_defaults_hold() =>
        Assert.Equal(SessionPolicy.Default, Services().GetRequiredService<SessionPolicy>());

    [Fact]
    public void Settings_not_given_keep_their_defaults() =>
        Assert.Equal(SessionPolicy.Default with { KeptLifetime = TimeSpan.FromDays(14) },
            Services(("KeepSignedInDays", "14")).GetRequiredService<SessionPolicy>());

    [Theory]
    [InlineData("IdleTimeoutMinutes", "0")]
    [InlineData("AbsoluteLifetimeHours", "200")]
    [InlineData("KeepSignedInDays", "90")]
    public void A_wrong_setting_stops_the_start_naming_it(string setting, string value)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Services((setting, value)).GetRequiredService<SessionPolicy>());

        Assert.Contains($"Sessions:{setting}", error.Message);
    }
}
