using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Tests.Common;

namespace PartnerPortal.Domain.Tests.Partners;

public class PartnerDocumentRenewalTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 9, 30, 0, TimeSpan.FromHours(8));

    private static PartnerDocument Authorization() => new()
    {
        Id = 7, PartnerId = 1, Kind = PartnerDocumentKind.DealerAuthorization, Number = "AUTH-P0001-03", IssuedOn = new DateOnly(2025, 6, 25),
        ExpiresOn = new DateOnly(2026, 6, 27), ScanId = 40, Note = "年度授权", UpdatedAt = Now.AddYears(-1),
    };

    private static PartnerDocumentRenewal Pending() => new()
    {
        Id = 3, PartnerId = 1, DocumentId = 7, Number = "AUTH-P0001-04", IssuedOn = new DateOnly(2026, 6, 10), ExpiresOn = new DateOnly(2027, 6, 27),
        ScanId = 41, Status = RenewalStatus.Pending, SubmittedAt = Now.AddDays(-2), SubmittedByName = "dealer@demo.partnerportal.local",
    };

    [Fact]
    public void Accepting_puts_the_renewal_in_force_and_keeps_what_it_replaced()
    {
        var document = Authorization();
        var renewal = Pending();

        Assert.True(renewal.Accept(document, Now, "u-1", "manager.east@demo.partnerportal.local").Succeeded);

        Assert.Equal(("AUTH-P0001-04", new DateOnly(2026, 6, 10), new DateOnly(2027, 6, 27), 41, Now),
            (document.Number, document.IssuedOn, document.ExpiresOn, document.ScanId, document.UpdatedAt));
        Assert.Equal(("AUTH-P0001-03", new DateOnly(2025, 6, 25), new DateOnly(2026, 6, 27), 40),
            (renewal.PreviousNumber, renewal.PreviousIssuedOn, renewal.PreviousExpiresOn, renewal.PreviousScanId));
        Assert.Equal((RenewalStatus.Accepted, Now, "u-1", "manager.east@demo.partnerportal.local"),
            (renewal.Status, renewal.DecidedAt, renewal.DecidedByUserId, renewal.DecidedByName));
        Assert.Equal((PartnerDocumentKind.DealerAuthorization, "年度授权"), (document.Kind, document.Note)); // not the renewal's to change
    }

    [Fact]
    public void Rejecting_keeps_the_document_and_records_the_reason()
    {
        var document = Authorization();
        var renewal = Pending();

        Assert.True(renewal.Reject("  扫描件不清晰，请重新上传  ", Now, "u-1", "manager").Succeeded);

        Assert.Equal((RenewalStatus.Rejected, "扫描件不清晰，请重新上传", Now), (renewal.Status, renewal.Reason, renewal.DecidedAt));
        Assert.Equal(("AUTH-P0001-03", new DateOnly(2026, 6, 27), 40), (document.Number, document.ExpiresOn, document.ScanId));
        Assert.Null(renewal.PreviousNumber);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_rejection_needs_a_reason(string? reason)
    {
        var renewal = Pending();

        ProblemAssert.Single(renewal.Reject(reason, Now, "u-1", "manager").Problems, ProblemCodes.Required, "Reason");
        Assert.Equal(RenewalStatus.Pending, renewal.Status);
    }

    [Fact]
    public void A_reason_of_200_characters_is_allowed_but_not_201()
    {
        Assert.True(Pending().Reject(new string('因', 200), Now, null, "m").Succeeded);
        ProblemAssert.Single(Pending().Reject(new string('因', 201), Now, null, "m").Problems, ProblemCodes.TooLong, "Reason",
            PartnerDocumentRenewal.ReasonMaxLength);
    }

    [Theory]
    [InlineData(RenewalStatus.Accepted)]
    [InlineData(RenewalStatus.Rejected)]
    public void A_decided_renewal_is_decided_once(RenewalStatus decided)
    {
        var document = Authorization();
        var renewal = Pending();
        renewal.Status = decided;

        ProblemAssert.Single(renewal.Accept(document, Now, "u-2", "admin").Problems, ProblemCodes.AlreadyDecided, null, decided);
        ProblemAssert.Single(renewal.Reject("again", Now, "u-2", "admin").Problems, ProblemCodes.AlreadyDecided, null, decided);
        Assert.Equal(("AUTH-P0001-03", decided), (document.Number, renewal.Status));
    }

    [Fact]
    public void A_renewal_is_accepted_onto_its_own_document_only()
    {
        var other = Authorization();
        other.Id = 8;

        Assert.Throws<ArgumentException>(() => Pending().Accept(other, Now, "u-1", "manager"));
    }
}
