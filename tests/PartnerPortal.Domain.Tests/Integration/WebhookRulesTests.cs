using PartnerPortal.Domain.Integration;

namespace PartnerPortal.Domain.Tests.Integration;

public sealed class WebhookRulesTests
{
    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 20)]
    [InlineData(3, 40)]
    [InlineData(4, 80)]
    [InlineData(5, 160)]
    [InlineData(6, 320)]
    [InlineData(7, 640)]
    public void Each_retry_waits_twice_as_long_as_the_one_before(int failedAttempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), WebhookRules.RetryDelay(failedAttempts, 8, TimeSpan.FromSeconds(10)));

    [Theory]
    [InlineData(8, 8)]
    [InlineData(9, 8)]
    [InlineData(1, 1)]
    public void No_retry_once_the_attempts_are_used_up(int failedAttempts, int maxAttempts) =>
        Assert.Null(WebhookRules.RetryDelay(failedAttempts, maxAttempts, TimeSpan.FromSeconds(10)));

    [Theory]
    [InlineData(3, 2400)]
    [InlineData(4, 3600)]
    [InlineData(30, 3600)]
    public void The_wait_is_never_longer_than_an_hour(int failedAttempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), WebhookRules.RetryDelay(failedAttempts, 100, TimeSpan.FromSeconds(600)));

    [Theory]
    [InlineData("https://erp.example.cn/hooks", true)]
    [InlineData("http://127.0.0.1:8080/webhooks?tenant=7", true)]
    [InlineData(" https://erp.example.cn ", true)]
    [InlineData("ftp://erp.example.cn/hooks", false)]
    [InlineData("mailto:erp@example.cn", false)]
    [InlineData("/hooks", false)]
    [InlineData("erp.example.cn/hooks", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_absolute_http_and_https_urls_are_endpoints(string? url, bool valid) =>
        Assert.Equal(valid, WebhookRules.IsValidUrl(url));
}
