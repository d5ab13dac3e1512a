using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Tests.Common;

public class TextRulesTests
{
    private const string Field = "Field";

    private static List<Problem> Check(Action<List<Problem>, string, string?, int> rule, string? value, int maxLength = 30)
    {
        var problems = new List<Problem>();
        rule(problems, Field, value, maxLength);
        return problems;
    }

    // ---- Required --------------------------------------------------------------------------

    [Theory]
    [InlineData("a")]
    [InlineData("测试电器")]
    [InlineData("abcde")]         // exactly the maximum
    [InlineData("  abcde  ")]     // surrounding blanks are not counted
    public void Required_accepts_text_within_the_maximum(string value)
    {
        ProblemAssert.None(Check(TextRules.Required, value, maxLength: 5));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Required_refuses_missing_or_blank_text(string? value)
    {
        ProblemAssert.Single(Check(TextRules.Required, value, maxLength: 5), ProblemCodes.Required, Field);
    }

    [Fact]
    public void Required_refuses_text_over_the_maximum_with_the_maximum_as_argument()
    {
        ProblemAssert.Single(Check(TextRules.Required, "abcdef", maxLength: 5), ProblemCodes.TooLong, Field, 5);
    }

    // ---- Optional --------------------------------------------------------------------------

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("abcde")]
    [InlineData(" abcde ")]
    public void Optional_accepts_missing_text_and_text_within_the_maximum(string? value)
    {
        ProblemAssert.None(Check(TextRules.Optional, value, maxLength: 5));
    }

    [Fact]
    public void Optional_refuses_text_over_the_maximum_with_the_maximum_as_argument()
    {
        ProblemAssert.Single(Check(TextRules.Optional, "abcdef", maxLength: 5), ProblemCodes.TooLong, Field, 5);
    }

    // ---- Code ------------------------------------------------------------------------------

    [Theory]
    [InlineData("P0001")]
    [InlineData("WH-SH")]
    [InlineData("A")]
    [InlineData("2024")]
    [InlineData("EAST-01-B")]
    [InlineData(" P0001 ")]       // callers trim; surrounding blanks are ignored
    public void Code_accepts_upper_case_letters_digits_and_dashes(string value)
    {
        ProblemAssert.None(Check(TextRules.Code, value, maxLength: 20));
    }

    [Theory]
    [InlineData("p0001")]
    [InlineData("Wh-SH")]
    [InlineData("P 0001")]
    [InlineData("P_0001")]
    [InlineData("P.0001")]
    [InlineData("P0001!")]
    [InlineData("-P0001")]
    [InlineData("华东")]
    [InlineData("Ｐ０００１")]    // full-width letters and digits
    public void Code_refuses_other_characters(string value)
    {
        ProblemAssert.Single(Check(TextRules.Code, value, maxLength: 20), ProblemCodes.InvalidCode, Field);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Code_is_required(string? value)
    {
        ProblemAssert.Single(Check(TextRules.Code, value, maxLength: 20), ProblemCodes.Required, Field);
    }

    [Fact]
    public void Code_refuses_text_over_the_maximum()
    {
        ProblemAssert.Single(Check(TextRules.Code, "P00001", maxLength: 5), ProblemCodes.TooLong, Field, 5);
    }

    [Fact]
    public void Code_over_the_maximum_with_bad_characters_gets_both_problems()
    {
        ProblemAssert.Exactly(Check(TextRules.Code, "p00001", maxLength: 5),
            (ProblemCodes.TooLong, Field),
            (ProblemCodes.InvalidCode, Field));
    }

    // ---- Email -----------------------------------------------------------------------------

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("li.lei@example.com")]
    [InlineData("wang+sales@dealer.com.cn")]
    [InlineData("zhang_san@partner-portal.cn")]
    [InlineData(" li.lei@example.com ")]
    public void Email_accepts_an_address_or_nothing(string? value)
    {
        ProblemAssert.None(Check(TextRules.Email, value, maxLength: 100));
    }

    [Theory]
    [InlineData("a@b")]
    [InlineData("plainaddress")]
    [InlineData("@example.com")]
    [InlineData("li.lei@")]
    [InlineData("li.lei@example.")]
    [InlineData("li lei@example.com")]
    [InlineData("li@@example.com")]
    [InlineData("li@lei@example.com")]
    public void Email_refuses_what_is_not_an_address(string value)
    {
        ProblemAssert.Single(Check(TextRules.Email, value, maxLength: 100), ProblemCodes.InvalidEmail, Field);
    }

    [Fact]
    public void Email_refuses_an_address_over_the_maximum()
    {
        var email = new string('a', 89) + "@example.com"; // 101 characters

        ProblemAssert.Single(Check(TextRules.Email, email, maxLength: 100), ProblemCodes.TooLong, Field, 100);
    }

    // ---- Phone -----------------------------------------------------------------------------

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("13816620001")]          // mainland mobile
    [InlineData("138 1662 0001")]
    [InlineData("138-1662-0001")]
    [InlineData("+86 138 1662 0001")]
    [InlineData("+86 21-6234 5678")]     // landline with country and area code
    [InlineData("021-62345678")]         // landline with area code
    [InlineData("0571 8888 6666")]
    [InlineData(" 13816620001 ")]
    public void Phone_accepts_a_mobile_or_landline_number_or_nothing(string? value)
    {
        ProblemAssert.None(Check(TextRules.Phone, value, maxLength: 30));
    }

    [Theory]
    [InlineData("12")]
    [InlineData("phone")]
    [InlineData("138 1662 000a")]
    [InlineData("(021) 6234 5678")]
    [InlineData("-13816620001")]
    [InlineData("+")]
    [InlineData("13816620001 ext 12")]
    [InlineData("1381662000112345678901")]  // 22 digits
    [InlineData("1-----")]
    [InlineData("0 0 0 0")]
    [InlineData("123456")]
    [InlineData("99999999999")]   // 11 digits, not a mobile prefix
    [InlineData("1381662000")]    // 10 digits
    [InlineData("138166200011")]  // 12 digits
    public void Phone_refuses_what_is_not_a_phone_number(string value)
    {
        ProblemAssert.Single(Check(TextRules.Phone, value, maxLength: 30), ProblemCodes.InvalidPhone, Field);
    }

    [Fact]
    public void Phone_over_the_maximum_is_too_long()
    {
        var phone = new string('1', 31);

        ProblemAssert.Exactly(Check(TextRules.Phone, phone, maxLength: 30),
            (ProblemCodes.TooLong, Field),
            (ProblemCodes.InvalidPhone, Field));
    }
}
