using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PartnerPortal.Infrastructure.Integration;

/// <summary>
/// How deliveries are signed, and how a receiver checks them. The portal sends the headers
/// <c>X-PartnerPortal-Timestamp</c> (Unix seconds) and <c>X-PartnerPortal-Signature: sha256=&lt;hex&gt;</c>, where hex is the
/// lower-case HMAC-SHA256, keyed with the endpoint's secret (its UTF-8 bytes), of the timestamp, a dot and the raw request
/// body: <c>"{timestamp}.{body}"</c>. A receiver computes the same over the bytes it received, compares in constant time,
/// and refuses a timestamp too far from its own clock, so that a recorded delivery cannot be replayed later.
/// </summary>
public static class WebhookSignature
{
    public const string Prefix = "sha256=";

    /// <summary>How far a delivery's timestamp may be from the receiver's clock by default.</summary>
    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromMinutes(5);

    /// <summary>The value of the signature header: "sha256=" and the lower-case hex HMAC.</summary>
    public static string Compute(string secret, long timestamp, string body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(body);
        var signed = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "." + body);
        return Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }

    /// <summary>
    /// Whether <paramref name="signature"/> is the portal's signature of <paramref name="body"/> at <paramref name="timestamp"/>
    /// (the two header values as received) and the timestamp is within <paramref name="tolerance"/> of <paramref name="now"/>.
    /// </summary>
    public static bool Verify(string secret, string? timestamp, string body, string? signature, DateTimeOffset now, TimeSpan? tolerance = null)
    {
        if (string.IsNullOrEmpty(secret) || signature is null
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return false;
        if (Math.Abs(now.ToUnixTimeSeconds() - seconds) > (tolerance ?? DefaultTolerance).TotalSeconds) return false;
        var expected = Encoding.ASCII.GetBytes(Compute(secret, seconds, body));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature.Trim().ToLowerInvariant()));
    }
}
