using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Web.Components.Rebates;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Rebates;

public sealed class RebateProblemTextTests : BunitTestContext
{
    [Fact]
    public void The_status_in_a_wrong_status_problem_is_translated_and_other_arguments_are_kept()
    {
        UseCulture(PortalCultures.English);
        var localizer = Services.GetRequiredService<IStringLocalizer<SharedResource>>();

        var problems = RebateProblemText.Translated(localizer,
        [
            new Problem(ProblemCodes.WrongPolicyStatus, null, RebatePolicyStatus.Superseded),
            new Problem(ProblemCodes.OverlappingPolicy, null, "RB-0001", "Active"),
        ]);

        Assert.Equal([localizer["RebatePolicyStatus.Superseded"].Value], problems[0].Args);
        Assert.Equal(["RB-0001", "Active"], problems[1].Args);
    }
}
