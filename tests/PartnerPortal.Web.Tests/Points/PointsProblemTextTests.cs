using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Points;
using PartnerPortal.Web.Components.Points;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Points;

public sealed class PointsProblemTextTests : BunitTestContext
{
    private IStringLocalizer Localizer => Services.GetRequiredService<IStringLocalizer<SharedResource>>();

    [Fact]
    public void The_status_of_an_already_decided_redemption_is_translated_and_other_problems_are_kept()
    {
        var other = new Problem(ProblemCodes.TooLong, "Note", 200);
        Problem[] problems = [new(ProblemCodes.AlreadyDecided, null, RedemptionStatus.Approved), new(ProblemCodes.AlreadyDecided, null, "Rejected"), other];

        var translated = PointsProblemText.Translated(Localizer, problems);

        Assert.Equal(Localizer["RedemptionStatus.Approved"].Value, Assert.Single(translated[0].Args));
        Assert.Equal(Localizer["RedemptionStatus.Rejected"].Value, Assert.Single(translated[1].Args));
        Assert.Same(other, translated[2]);
    }
}
