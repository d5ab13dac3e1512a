using System.Globalization;
using System.Resources;
using PartnerPortal.Domain.Integration;

namespace PartnerPortal.Web.Tests.Localization;

/// <summary>The webhook target refusals' codes are built from an enum, out of reach of the literal-key scan: each has its message in both files.</summary>
public sealed class WebhookTargetMessageTests
{
    private static readonly ResourceManager Resources = new("PartnerPortal.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

    public static TheoryData<string> Codes() =>
        new(Enum.GetValues<WebhookAddressRefusal>().Select(WebhookTargetRules.ProblemCode).Append(WebhookTargetRules.UnresolvedProblem));

    [Theory]
    [MemberData(nameof(Codes))]
    public void Each_refusal_has_an_english_and_a_chinese_message_naming_the_host(string code)
    {
        var english = Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!.GetString(code);
        var chinese = Resources.GetResourceSet(CultureInfo.GetCultureInfo("zh-CN"), createIfNotExists: true, tryParents: false)!.GetString(code);

        Assert.NotNull(english);
        Assert.NotNull(chinese);
        Assert.NotEqual(english, chinese);
        Assert.Contains("{0}", english);
        Assert.Contains("{0}", chinese);
    }
}
