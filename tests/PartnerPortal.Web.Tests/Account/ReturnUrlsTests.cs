using PartnerPortal.Web.Account;

namespace PartnerPortal.Web.Tests.Account;

public class ReturnUrlsTests
{
    private const string Base = "https://portal.example.cn/";

    [Theory]
    [InlineData("/orders", "/orders")]
    [InlineData("orders?status=Submitted", "/orders?status=Submitted")]
    [InlineData("/partners?x=1#top", "/partners?x=1#top")]
    [InlineData("/partners?q=上海", "/partners?q=%E4%B8%8A%E6%B5%B7")]          // a Location header carries ASCII only
    [InlineData("/a/../orders", "/orders")]
    [InlineData("/orders?next=https://evil.example", "/orders?next=https://evil.example")] // a colon after the path starts is data
    [InlineData("https://portal.example.cn/orders/7", "/orders/7")]         // this site's own address
    [InlineData("HTTPS://PORTAL.EXAMPLE.CN/orders", "/orders")]
    public void A_page_of_this_site_is_kept(string url, string expected) =>
        Assert.Equal(expected, ReturnUrls.ToLocalPath(url, Base));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("https://evil.example")]
    [InlineData("https://evil.example/orders")]
    [InlineData("https://portal.example.cn.evil.example/orders")]
    [InlineData("//evil.example")]
    [InlineData("///evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("\\\\evil.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("data:text/html,hi")]
    [InlineData("/orders\r\nSet-Cookie: a=b")]
    [InlineData("/orders\u0000")]
    [InlineData("\t//evil.example")]
    [InlineData("http:/\\evil.example")]
    public void Anything_else_goes_home(string? url) =>
        Assert.Equal(ReturnUrls.Home, ReturnUrls.ToLocalPath(url, Base));

    [Fact]
    public void An_overlong_address_goes_home() =>
        Assert.Equal(ReturnUrls.Home, ReturnUrls.ToLocalPath("/" + new string('a', ReturnUrls.MaxLength), Base));

    [Theory]
    [InlineData("/orders", "orders")]
    [InlineData("https://evil.example", "")]
    public void Navigation_gets_the_path_relative_to_the_base(string url, string expected) =>
        Assert.Equal(expected, ReturnUrls.ToBaseRelative(url, Base));
}
