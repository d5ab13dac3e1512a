using PartnerPortal.Infrastructure.Integration;

namespace PartnerPortal.Infrastructure.Tests.Integration;

/// <summary>What a receiver does with the two headers: the signature must match the body, the secret and a recent timestamp.</summary>
public sealed class WebhookSignatureTests
{
    private const string Secret = "q7Jx0n8ZB2v3k9WfR1tY5uE4iO6pA8sD0fG2hJ4kL6z";
    private const string Body = """{"id":"0b6f…","type":"order.approved","data":{"orderNumber":"SO-P0001-20260401-001","partnerCode":"P0001"}}""";
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_775_000_000);

    [Fact]
    public void The_signature_is_the_hex_HMAC_SHA256_of_timestamp_dot_body()
    {
        var expected = "sha256=" + Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(Secret), System.Text.Encoding.UTF8.GetBytes("1775000000." + Body)));

        Assert.Equal(expected, WebhookSignature.Compute(Secret, 1_775_000_000, Body));
        Assert.True(WebhookSignature.Verify(Secret, "1775000000", Body, expected, Now));
    }

    [Theory]
    [InlineData("another secret", "1775000000", Body, "the secret differs")]
    [InlineData(Secret, "1775000000", Body + " ", "the body was changed")]
    [InlineData(Secret, "1775000001", Body, "the timestamp was changed")]
    [InlineData(Secret, "abc", Body, "the timestamp is not a number")]
    [InlineData(Secret, null, Body, "there is no timestamp")]
    public void A_changed_secret_body_or_timestamp_fails(string secret, string? timestamp, string body, string because)
    {
        var signature = WebhookSignature.Compute(Secret, 1_775_000_000, Body);

        Assert.False(WebhookSignature.Verify(secret, timestamp, body, signature, Now), because);
    }

    [Fact]
    public void A_delivery_replayed_after_the_tolerance_is_refused()
    {
        var signature = WebhookSignature.Compute(Secret, 1_775_000_000, Body);

        Assert.True(WebhookSignature.Verify(Secret, "1775000000", Body, signature, Now.AddMinutes(5)));
        Assert.False(WebhookSignature.Verify(Secret, "1775000000", Body, signature, Now.AddMinutes(5).AddSeconds(1)));
        Assert.False(WebhookSignature.Verify(Secret, "1775000000", Body, null, Now));
    }
}
