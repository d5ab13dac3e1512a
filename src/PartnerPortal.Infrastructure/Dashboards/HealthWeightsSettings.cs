using Microsoft.Extensions.Configuration;
using PartnerPortal.Domain.Dashboards;

namespace PartnerPortal.Infrastructure.Dashboards;

/// <summary>
/// The health score's weights from the <c>Dashboards:HealthWeights</c> settings; a factor not set keeps its default
/// weight. Wrong weights stop the portal at start-up with the setting named, rather than scoring partners wrongly.
/// </summary>
public static class HealthWeightsSettings
{
    public const string Section = "Dashboards:HealthWeights";

    public static PartnerHealthWeights Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        var defaults = PartnerHealthWeights.Default;
        var weights = new PartnerHealthWeights(
            section.GetValue(nameof(PartnerHealthWeights.PurchaseGrowth), defaults.PurchaseGrowth),
            section.GetValue(nameof(PartnerHealthWeights.OrderRegularity), defaults.OrderRegularity),
            section.GetValue(nameof(PartnerHealthWeights.OverdueExposure), defaults.OverdueExposure),
            section.GetValue(nameof(PartnerHealthWeights.TrainingCompletion), defaults.TrainingCompletion),
            section.GetValue(nameof(PartnerHealthWeights.RebateAttainment), defaults.RebateAttainment));
        var problems = weights.Validate();
        if (problems.Count > 0)
            throw new InvalidOperationException($"The settings {Section} are not valid: {string.Join(" ", problems)}");
        return weights;
    }
}
