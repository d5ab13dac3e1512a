using Microsoft.Extensions.Configuration;
using PartnerPortal.Domain.Dashboards;
using PartnerPortal.Infrastructure.Dashboards;

namespace PartnerPortal.Infrastructure.Tests.Dashboards;

public class HealthWeightsSettingsTests
{
    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.ToDictionary(v => "Dashboards:HealthWeights:" + v.Key, v => (string?)v.Value)).Build();

    [Fact]
    public void Weights_not_set_keep_their_defaults() =>
        Assert.Equal(PartnerHealthWeights.Default with { OverdueExposure = 50 }, HealthWeightsSettings.Read(Settings(("OverdueExposure", "50"))));

    [Fact]
    public void A_wrong_weight_stops_the_start_naming_the_setting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => HealthWeightsSettings.Read(Settings(("TrainingCompletion", "-5"))));
        Assert.Contains("Dashboards:HealthWeights", error.Message);
        Assert.Contains("TrainingCompletion", error.Message);
        Assert.Throws<InvalidOperationException>(() => HealthWeightsSettings.Read(Settings(("PurchaseGrowth", "0"), ("OrderRegularity", "0"),
            ("OverdueExposure", "0"), ("TrainingCompletion", "0"), ("RebateAttainment", "0"))));
    }
}
