using System.Globalization;
using PartnerPortal.Domain.Partners;

namespace PartnerPortal.Domain.Tests.Partners;

public class AuthorizationRulesTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    private static AuthorizationOnFile[] OnFile(string list) => list.Length == 0 ? [] : list.Split(',')
        .Select(item => item.Split('@'))
        .Select(p => new AuthorizationOnFile(p[0], DateOnly.Parse(p[1], CultureInfo.InvariantCulture)))
        .ToArray();

    [Theory]
    // brand blocks, authorizations on file                     blocked, named, expired on
    [InlineData(true, "A1@2026-06-14", true, "A1", "2026-06-14")]                       // expired yesterday
    [InlineData(true, "A1@2026-06-15", false, null, null)]                               // expires today: still valid
    [InlineData(true, "A1@2027-06-15", false, null, null)]
    [InlineData(true, "A1@2025-06-30,A2@2027-06-30", false, null, null)]                 // an old one and its renewal
    [InlineData(true, "A1@2025-06-30,A2@2026-03-31", true, "A2", "2026-03-31")]          // all expired: the last to run out is named
    [InlineData(true, "", false, null, null)]                                            // none on file: nothing has run out
    [InlineData(false, "A1@2026-06-14", false, null, null)]                              // the brand does not block
    [InlineData(false, "A1@2020-01-01", false, null, null)]
    public void Ordering_is_blocked_only_when_the_brand_says_so_and_every_authorization_has_expired(bool block, string onFile, bool blocked,
        string? number, string? expiredOn)
    {
        var standing = AuthorizationRules.Check(block, OnFile(onFile), Today);

        Assert.Equal(new OrderingAuthorization(blocked, number, expiredOn is null ? null : DateOnly.Parse(expiredOn, CultureInfo.InvariantCulture)),
            standing);
    }
}
