using PartnerPortal.Infrastructure.Documents;

namespace PartnerPortal.Infrastructure.Tests.Documents;

/// <summary>Line breaking, measured with every character one unit wide so the expected lines can be worked out by hand.</summary>
public sealed class PdfTextLayoutTests
{
    private static float Units(string text) => text.EnumerateRunes().Count();

    private static IReadOnlyList<string> Wrap(string text, float width) => PdfTextLayout.Wrap(text, Units, width);

    [Fact]
    public void Latin_text_breaks_at_spaces_and_drops_the_space_at_the_break()
    {
        Assert.Equal(["Shanghai Hengtong", "Electrical", "Trading"], Wrap("Shanghai Hengtong Electrical Trading", 17));
    }

    [Fact]
    public void Chinese_text_breaks_between_any_two_characters()
    {
        Assert.Equal(["上海恒通电", "器贸易有限", "公司"], Wrap("上海恒通电器贸易有限公司", 5));
    }

    [Fact]
    public void Closing_punctuation_stays_with_the_character_before_it_and_opening_punctuation_with_the_one_after()
    {
        // A break before "，" or "）" or after "（" would fit the width but is not allowed.
        Assert.Equal(["上海恒", "通（华", "东），", "有限"], Wrap("上海恒通（华东），有限", 3));
        Assert.All(Wrap("上海恒通（华东），有限", 3), l => Assert.DoesNotMatch("^[，。）]", l));
    }

    [Fact]
    public void Chinese_and_Latin_mixed_break_between_the_scripts_but_not_inside_a_Latin_word()
    {
        Assert.Equal(["海尔Haier", "电器"], Wrap("海尔Haier电器", 7));
        Assert.Equal(["海尔", "Haier电", "器"], Wrap("海尔Haier电器", 6));
    }

    [Fact]
    public void A_word_wider_than_the_line_is_broken_between_characters()
    {
        Assert.Equal(["SO-2026-", "000101-R", "EV2"], Wrap("SO-2026-000101-REV2", 8));
        Assert.All(Wrap("a SO-2026-000101-REV2 b", 8), l => Assert.True(Units(l) <= 8, l));
    }

    [Fact]
    public void A_line_feed_starts_a_new_line_and_empty_text_has_no_lines()
    {
        Assert.Equal(["季度采购返利", "RB-0001 v2"], Wrap("季度采购返利\nRB-0001 v2", 40));
        Assert.Empty(Wrap("", 10));
    }

    [Fact]
    public void The_widest_unbreakable_piece_is_the_longest_word_or_one_Chinese_character()
    {
        Assert.Equal(10, PdfTextLayout.MinWidth("capped at ¥10,000.00", Units));
        Assert.Equal(2, PdfTextLayout.MinWidth("上海恒通电器（华东）", Units)); // "）" stays with "东"
    }
}
