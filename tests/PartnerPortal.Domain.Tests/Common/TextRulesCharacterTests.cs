using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Tests.Common;

public class TextRulesCharacterTests
{
    private const string Field = "Name";

    private static List<Problem> Check(Action<List<Problem>, string, string?, int> rule, string? value)
    {
        var problems = new List<Problem>();
        rule(problems, Field, value, 100);
        return problems;
    }

    // The character is passed as its number: test runners do not carry NUL or half a surrogate pair intact.
    [Theory]
    [InlineData(0x0000)]     // NUL
    [InlineData(0x0007)]     // bell
    [InlineData(0x000A)]     // a line break in a one-line name
    [InlineData(0x0009)]
    [InlineData(0x000D)]
    [InlineData(0x001F)]
    [InlineData(0x007F)]     // DEL
    [InlineData(0x0085)]     // C1 next line
    [InlineData(0x009F)]
    [InlineData(0x202E)]     // right-to-left override: "invoice\u202Efdp.exe" reads "invoiceexe.pdf"
    [InlineData(0x202A)]
    [InlineData(0x202D)]
    [InlineData(0x2066)]
    [InlineData(0x2069)]
    [InlineData(0x200E)]
    [InlineData(0x200F)]
    [InlineData(0x061C)]
    [InlineData(0xD83D)]     // a high surrogate without its pair
    [InlineData(0xDE00)]     // a low surrogate without its pair
    public void Every_text_refuses_invisible_and_control_characters_naming_the_field_and_the_character(int character)
    {
        var value = "上海恒通" + (char)character + "电器 Ltd";
        var codePoint = $"U+{character:X4}";

        ProblemAssert.Single(Check(TextRules.Optional, value), ProblemCodes.ForbiddenCharacter, Field, codePoint);
        ProblemAssert.Single(Check(TextRules.Required, value), ProblemCodes.ForbiddenCharacter, Field, codePoint);
    }

    [Theory]
    [InlineData("上海恒通电器贸易有限公司")]
    [InlineData("Müller & Söhne GmbH")]
    [InlineData("מרכז שירות")]                               // right-to-left script itself is fine
    [InlineData("Emoji 😀 pair")]                            // a surrogate pair
    [InlineData("Ｆｕｌｌ－ｗｉｄｔｈ　ｔｅｘｔ")]
    [InlineData("zero\u200Bwidth space")]                   // not a direction control
    public void Ordinary_text_of_any_script_is_accepted(string value)
    {
        ProblemAssert.None(Check(TextRules.Required, value));
    }

    [Theory]
    [InlineData("First line\nsecond line")]
    [InlineData("Windows\r\nline break")]
    [InlineData("Column\tcolumn")]
    public void A_multi_line_text_takes_line_breaks_and_tabs(string value)
    {
        ProblemAssert.None(Check(TextRules.OptionalMultiLine, value));
        ProblemAssert.None(Check(TextRules.RequiredMultiLine, value));
    }

    [Theory]
    [InlineData(0x0000)]
    [InlineData(0x0008)]
    [InlineData(0x202E)]
    public void A_multi_line_text_still_refuses_the_other_characters(int character)
    {
        var value = "First line\nsecond " + (char)character;

        ProblemAssert.Single(Check(TextRules.OptionalMultiLine, value), ProblemCodes.ForbiddenCharacter, Field, $"U+{character:X4}");
    }

    [Fact]
    public void A_blank_multi_line_text_is_required()
    {
        ProblemAssert.Single(Check(TextRules.RequiredMultiLine, " \n\t "), ProblemCodes.Required, Field);
    }

    [Fact]
    public void Codes_emails_and_phones_refuse_the_characters_too()
    {
        var problems = new List<Problem>();
        TextRules.Code(problems, "Code", "P0001\u202E", 20);
        TextRules.Email(problems, "Email", "a@b.cn" + '\0', 50);
        TextRules.Phone(problems, "Phone", "13800138000" + '\u0007', 30);

        Assert.Contains(problems, p => p is { Code: ProblemCodes.ForbiddenCharacter, Field: "Code" });
        Assert.Contains(problems, p => p is { Code: ProblemCodes.ForbiddenCharacter, Field: "Email" });
        Assert.Contains(problems, p => p is { Code: ProblemCodes.ForbiddenCharacter, Field: "Phone" });
    }

    [Theory]
    [InlineData("ac-1001", "AC-1001")]
    [InlineData("  ＡＣ－１００１　", "AC-1001")]               // full-width, as a Chinese input method types it
    [InlineData("ｐ０００１", "P0001")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void A_code_is_compared_and_stored_in_ASCII_upper_case(string? typed, string stored)
    {
        Assert.Equal(stored, TextRules.NormalizeCode(typed));
    }
}
