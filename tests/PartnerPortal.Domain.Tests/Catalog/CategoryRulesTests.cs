using PartnerPortal.Domain.Catalog.Admin;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Tests.Common;

namespace PartnerPortal.Domain.Tests.Catalog;

public class CategoryRulesTests
{
    [Theory]
    [InlineData("AC", "空调", "Air Conditioners")]
    [InlineData("WATER-2", "热水器", "")]               // English name optional
    [InlineData("ABCDEFGHIJ0123456789", "小家电", "S")] // a code of exactly 20
    public void Valid_categories_have_no_problems(string code, string name, string nameEn)
    {
        ProblemAssert.None(CategoryRules.Validate(new CategoryDraft(code, name, nameEn)));
    }

    [Theory]
    [InlineData("", "空调", "", "Problem.Required", "Code")]
    [InlineData("ac", "空调", "", "Problem.InvalidCode", "Code")]
    [InlineData("A C", "空调", "", "Problem.InvalidCode", "Code")]
    [InlineData("ABCDEFGHIJ0123456789X", "空调", "", "Problem.TooLong", "Code")]
    [InlineData("AC", " ", "", "Problem.Required", "Name")]
    public void Broken_categories_name_the_field(string code, string name, string nameEn, string problem, string field)
    {
        var problems = CategoryRules.Validate(new CategoryDraft(code, name, nameEn));

        Assert.Equal((problem, field), Assert.Single(problems.Select(p => (p.Code, p.Field))));
    }

    [Fact]
    public void Names_longer_than_50_characters_are_too_long()
    {
        var problems = CategoryRules.Validate(new CategoryDraft("AC", new string('空', 51), new string('A', 51)));

        ProblemAssert.Exactly(problems, (ProblemCodes.TooLong, "Name"), (ProblemCodes.TooLong, "NameEn"));
        Assert.All(problems, p => Assert.Equal([50], p.Args));
    }

    [Fact]
    public void Normalize_trims_and_upper_cases_the_code()
    {
        Assert.Equal(new CategoryDraft("SMALL", "生活小家电", "Small"), CategoryRules.Normalize(new CategoryDraft(" small ", " 生活小家电 ", " Small ")));
    }
}
