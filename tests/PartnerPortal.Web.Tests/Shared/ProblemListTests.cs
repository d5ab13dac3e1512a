using Bunit;
using PartnerPortal.Domain.Common;
using PartnerPortal.Web.Components.Shared;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Shared;

public sealed class ProblemListTests : BunitTestContext
{
    [Fact]
    public void Names_the_field_and_the_problem_in_Chinese()
    {
        UseCulture("zh-CN");
        Problem[] problems =
        [
            new(ProblemCodes.TooLong, "Name", 100),
            new(ProblemCodes.InvalidPhone, "Contacts[1].Phone"),
            new(ProblemCodes.OnePrimaryContact, "Contacts"),
        ];

        var cut = Render<ProblemList>(p => p.Add(x => x.Problems, problems));

        var items = cut.FindAll("li").Select(li => li.TextContent).ToList();
        Assert.Equal(["名称: 最多 100 个字符。", "联系人 2 · 电话: 不是有效的手机号或固定电话号码。", "联系人: 必须且只能有一位主要联系人。"], items);
    }

    [Fact]
    public void Names_the_field_and_the_problem_in_English()
    {
        UseCulture("en");
        var cut = Render<ProblemList>(p => p.Add(x => x.Problems, [new Problem(ProblemCodes.Duplicate, "Code", "P0001")]));

        Assert.Equal("Code: \"P0001\" already exists.", cut.Find("li").TextContent);
    }

    [Fact]
    public void A_field_without_a_translated_name_such_as_a_sku_is_shown_as_it_is()
    {
        UseCulture("zh-CN");
        var cut = Render<ProblemList>(p => p.Add(x => x.Problems, [new Problem(ProblemCodes.BelowMinimumQuantity, "AC-1001", 2)]));

        Assert.Equal("AC-1001: 低于起订量 2。", cut.Find("li").TextContent);
    }

    [Fact]
    public void Renders_nothing_without_problems()
    {
        var cut = Render<ProblemList>(p => p.Add(x => x.Problems, []));
        Assert.Empty(cut.Markup.Trim());
    }
}
