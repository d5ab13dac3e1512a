using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Inventory;

namespace PartnerPortal.Domain.Tests.Inventory;

public sealed class WarehouseRulesTests
{
    [Fact]
    public void A_trimmed_upper_case_code_and_a_name_are_valid()
    {
        var draft = WarehouseRules.Normalize(new WarehouseDraft(" wh-cd ", " 成都仓 ", " Chengdu "));
        Assert.Equal(new WarehouseDraft("WH-CD", "成都仓", "Chengdu"), draft);
        Assert.Empty(WarehouseRules.Validate(draft));
    }

    [Theory]
    [InlineData("", "成都仓", "", ProblemCodes.Required, "Code")]
    [InlineData("WH CD", "成都仓", "", ProblemCodes.InvalidCode, "Code")]
    [InlineData("WH-CD", "", "", ProblemCodes.Required, "Name")]
    [InlineData("WH-CD-0123456789ABCDE", "成都仓", "", ProblemCodes.TooLong, "Code")] // 21 characters, 20 allowed
    public void A_bad_field_is_named(string code, string name, string nameEn, string problem, string field)
    {
        var problems = WarehouseRules.Validate(new WarehouseDraft(code, name, nameEn));
        Assert.Contains(problems, p => p.Code == problem && p.Field == field);
    }

    [Fact]
    public void An_english_name_over_100_characters_is_too_long()
    {
        var problem = Assert.Single(WarehouseRules.Validate(new WarehouseDraft("WH-CD", "成都仓", new string('x', 101))));
        Assert.Equal((ProblemCodes.TooLong, "NameEn", 100), (problem.Code, problem.Field, (int)problem.Args[0]));
    }
}
