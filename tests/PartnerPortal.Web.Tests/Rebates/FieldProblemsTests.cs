using PartnerPortal.Domain.Common;
using PartnerPortal.Web.Components.Rebates;

namespace PartnerPortal.Web.Tests.Rebates;

public sealed class FieldProblemsTests
{
    private static readonly FieldProblems Problems = new(
    [
        new Problem(ProblemCodes.Required, "Name"),
        new Problem(ProblemCodes.NegativeAmount, "Tiers[2].Rate"),
        new Problem(ProblemCodes.OverlappingPolicy, null, "RB-0001", "春季返利"),
    ]);

    [Theory]
    [InlineData("Tiers[2].Rate", "Tiers", 2)]
    [InlineData("Tiers[10].Threshold", "Tiers", 10)]
    [InlineData("Contacts[0].Phone", "Tiers", null)]
    [InlineData("Tiers", "Tiers", null)]
    public void Finds_the_row_of_a_list_field(string field, string list, int? row) =>
        Assert.Equal(row, FieldProblems.RowOf(field, list));

    [Fact]
    public void Looks_problems_up_by_field_and_lists_the_ones_no_input_shows()
    {
        Assert.True(Problems.Has("Name"));
        Assert.True(Problems.Has("Basis", "Tiers[2].Rate"));
        Assert.False(Problems.Has("Tiers"));

        var unshown = Problems.NotShownBy(field => field == "Name");

        Assert.Equal([ProblemCodes.NegativeAmount, ProblemCodes.OverlappingPolicy], unshown.Select(p => p.Code));
    }
}
