using System.Globalization;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Tests.Common;

namespace PartnerPortal.Domain.Tests.Partners;

public class PartnerDocumentRenewalRulesTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);
    private static readonly DateOnly CurrentExpiry = new(2026, 6, 27);

    private static PartnerDocumentRenewalDraft Draft(string expiresOn, string? issuedOn = "2026-06-10", string number = "AUTH-P0001-04") =>
        new(number, issuedOn is null ? null : Day(issuedOn), Day(expiresOn));

    private static DateOnly Day(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2027-06-27")]     // a year on
    [InlineData("2026-06-28")]     // one day after the current expiry
    public void A_renewal_that_runs_past_the_current_expiry_is_valid(string expiresOn)
    {
        ProblemAssert.None(PartnerDocumentRules.ValidateRenewal(Draft(expiresOn), CurrentExpiry, Today));
    }

    [Theory]
    [InlineData("2026-06-27")]     // the current expiry itself
    [InlineData("2026-06-20")]     // before it, though still ahead of today
    public void A_renewal_must_expire_after_the_document_in_force(string expiresOn)
    {
        ProblemAssert.Single(PartnerDocumentRules.ValidateRenewal(Draft(expiresOn, issuedOn: null), CurrentExpiry, Today),
            ProblemCodes.RenewalNotLater, "ExpiresOn", CurrentExpiry);
    }

    [Theory]
    [InlineData("2026-06-14")]     // yesterday
    [InlineData("2025-01-31")]
    public void A_renewal_that_has_already_expired_is_refused_as_such(string expiresOn)
    {
        // The document in force expired even earlier: the renewal is later, but no use.
        ProblemAssert.Single(PartnerDocumentRules.ValidateRenewal(Draft(expiresOn, issuedOn: null), new DateOnly(2024, 12, 31), Today),
            ProblemCodes.RenewalAlreadyExpired, "ExpiresOn");
    }

    [Fact]
    public void Expiring_today_is_not_yet_expired()
    {
        ProblemAssert.None(PartnerDocumentRules.ValidateRenewal(Draft("2026-06-15", issuedOn: null), new DateOnly(2026, 6, 1), Today));
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        ProblemAssert.Exactly(PartnerDocumentRules.ValidateRenewal(new PartnerDocumentRenewalDraft(" ", null, null), CurrentExpiry, Today),
            (ProblemCodes.Required, "Number"), (ProblemCodes.Required, "ExpiresOn"));
        ProblemAssert.Exactly(PartnerDocumentRules.ValidateRenewal(Draft("2027-06-27", issuedOn: "2027-07-01", number: new string('A', 51)), CurrentExpiry, Today),
            (ProblemCodes.TooLong, "Number"), (ProblemCodes.IssuedAfterExpiry, "IssuedOn"));
    }
}
