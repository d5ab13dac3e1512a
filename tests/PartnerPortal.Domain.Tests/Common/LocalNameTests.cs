using System.Globalization;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Tests.Common;

public class LocalNameTests
{
    [Theory]
    // culture, Chinese name,             English name,                                       shown
    [InlineData("zh-CN", "上海恒通电器贸易有限公司", "Shanghai Hengtong Appliance Trading Co., Ltd.", "上海恒通电器贸易有限公司")]
    [InlineData("zh-cn", "上海恒通电器贸易有限公司", "Shanghai Hengtong Appliance Trading Co., Ltd.", "上海恒通电器贸易有限公司")]
    [InlineData("en", "上海恒通电器贸易有限公司", "Shanghai Hengtong Appliance Trading Co., Ltd.", "Shanghai Hengtong Appliance Trading Co., Ltd.")]
    [InlineData("en-US", "上海恒通电器贸易有限公司", "Shanghai Hengtong Appliance Trading Co., Ltd.", "Shanghai Hengtong Appliance Trading Co., Ltd.")]
    [InlineData("en", "杭州百联家电销售有限公司", "", "杭州百联家电销售有限公司")]       // no English name: the Chinese one
    [InlineData("en", "杭州百联家电销售有限公司", "   ", "杭州百联家电销售有限公司")]
    [InlineData("en", "杭州百联家电销售有限公司", null, "杭州百联家电销售有限公司")]
    [InlineData("", "杭州百联家电销售有限公司", "Hangzhou Bailian", "Hangzhou Bailian")]  // the invariant culture reads English
    public void Chinese_readers_get_the_Chinese_name_and_others_the_English_one_when_there_is_one(
        string culture, string chinese, string? english, string shown)
    {
        Assert.Equal(shown, new LocalName(chinese, english).In(CultureInfo.GetCultureInfo(culture)));
    }

    [Fact]
    public void Written_out_it_follows_the_current_reader()
    {
        var name = new LocalName("上海恒通电器贸易有限公司", "Shanghai Hengtong Appliance Trading Co., Ltd.");
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            Assert.Equal("上海恒通电器贸易有限公司", $"{name}");
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            Assert.Equal("Shanghai Hengtong Appliance Trading Co., Ltd.", $"{name}");
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
