using PartnerPortal.Infrastructure.Identity;

namespace PartnerPortal.Infrastructure.Tests.Identity;

public class Base32Tests
{
    [Theory]
    // RFC 4648 §10 test vectors, and the forms an authenticator key is shown in (lower case, groups of four).
    [InlineData("", "")]
    [InlineData("MY======", "f")]
    [InlineData("MZXQ====", "fo")]
    [InlineData("MZXW6===", "foo")]
    [InlineData("MZXW6YQ=", "foob")]
    [InlineData("MZXW6YTB", "fooba")]
    [InlineData("MZXW6YTBOI======", "foobar")]
    [InlineData("mzxw 6ytb oi", "foobar")]
    public void Decodes_the_RFC_4648_vectors(string text, string expected) =>
        Assert.Equal(System.Text.Encoding.ASCII.GetBytes(expected), Base32.Decode(text));

    [Theory]
    [InlineData("MZXW1YTB")] // 1 is not in the alphabet
    [InlineData("MZXW-YTB")]
    public void Refuses_other_characters(string text) => Assert.Null(Base32.Decode(text));
}
