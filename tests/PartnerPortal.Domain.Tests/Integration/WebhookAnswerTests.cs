using PartnerPortal.Domain.Integration;

namespace PartnerPortal.Domain.Tests.Integration;

public sealed class WebhookAnswerTests
{
    [Theory]
    [InlineData("text/plain", "invalid signature", "invalid signature")]
    [InlineData("application/json", "{\"error\":\"unknown order\"}", "{\"error\":\"unknown order\"}")]
    [InlineData("application/problem+json", "{\"title\":\"Bad\"}", "{\"title\":\"Bad\"}")]
    [InlineData(null, "no content type", "no content type")]
    [InlineData("text/plain", "  line one\r\n\tline two  \n", "line one line two")]
    [InlineData("text/plain", "a\u0000b\u0007c\u001bd", "a b c d")]
    [InlineData("text/plain", "evil\u202Etxt.exe\u200B", "eviltxt.exe")]
    [InlineData("text/plain", "<b>bold</b> and <script>x()</script>", "bold and x()")]
    [InlineData("application/xml", "<error><code>42</code></error>", "42")]
    [InlineData("text/plain", "签名无效", "签名无效")]
    [InlineData("text/plain", "", "")]
    public void The_excerpt_is_one_line_of_plain_text(string? mediaType, string body, string expected) =>
        Assert.Equal(expected, WebhookAnswer.Excerpt(mediaType, body));

    [Theory]
    [InlineData("text/html")]
    [InlineData("TEXT/HTML")]
    [InlineData("application/xhtml+xml")]
    [InlineData("application/octet-stream")]
    [InlineData("image/png")]
    public void A_page_or_binary_answer_is_not_kept(string mediaType) =>
        Assert.Equal("", WebhookAnswer.Excerpt(mediaType, "<html><body>internal admin console: secret=abc</body></html>"));

    [Theory]
    [InlineData(200, 200)]
    [InlineData(201, 200)]
    [InlineData(5000, 200)]
    [InlineData(199, 199)]
    public void A_long_answer_is_cut_to_200_characters_ending_in_an_ellipsis(int length, int expectedLength)
    {
        var excerpt = WebhookAnswer.Excerpt("text/plain", new string('x', length));

        Assert.Equal(expectedLength, excerpt.Length);
        Assert.Equal(length > WebhookAnswer.ExcerptMaxLength, excerpt.EndsWith('…'));
    }

    [Fact]
    public void A_cut_never_splits_a_character_outside_the_basic_plane()
    {
        var excerpt = WebhookAnswer.Excerpt("text/plain", new string('x', 198) + "😀😀😀");

        Assert.Equal(new string('x', 198) + "…", excerpt);
    }
}
