using PartnerPortal.Domain.Training;

namespace PartnerPortal.Domain.Tests.Training;

public class CertificateRulesTests
{
    public static TheoryData<DateOnly, int, DateOnly> ValidUntil => new()
    {
        // passed on,                months, valid until (inclusive)
        { new DateOnly(2026, 3, 15),  12, new DateOnly(2027, 3, 15) },
        { new DateOnly(2026, 12, 31), 12, new DateOnly(2027, 12, 31) },
        { new DateOnly(2026, 1, 31),  1,  new DateOnly(2026, 2, 28) },   // no 31 February: the month's last day
        { new DateOnly(2028, 2, 29),  12, new DateOnly(2029, 2, 28) },   // a leap day passes to 28 February
        { new DateOnly(2026, 8, 31),  6,  new DateOnly(2027, 2, 28) },
        { new DateOnly(2026, 5, 11),  24, new DateOnly(2028, 5, 11) },
    };

    [Theory]
    [MemberData(nameof(ValidUntil))]
    public void A_certificate_is_valid_until_the_same_day_the_validity_months_later(DateOnly passedOn, int months, DateOnly until)
    {
        Assert.Equal(until, CertificateRules.ValidUntil(passedOn, months));
    }

    [Fact]
    public void A_course_without_a_validity_gives_certificates_that_never_expire()
    {
        Assert.Null(CertificateRules.ValidUntil(new DateOnly(2026, 3, 15), null));
        Assert.True(CertificateRules.IsValidOn(new DateOnly(2026, 3, 15), null, new DateOnly(2099, 1, 1)));
    }

    [Theory]
    [InlineData("2026-03-15", true)]    // the day it was earned
    [InlineData("2027-03-15", true)]    // the last valid day
    [InlineData("2027-03-16", false)]
    [InlineData("2026-03-14", false)]   // before it was earned
    public void A_certificate_is_valid_from_the_pass_date_through_its_last_day(string day, bool valid)
    {
        Assert.Equal(valid, CertificateRules.IsValidOn(new DateOnly(2026, 3, 15), 12, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-12)]
    public void A_validity_below_one_month_is_refused(int months)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CertificateRules.ValidUntil(new DateOnly(2026, 3, 15), months));
    }
}
