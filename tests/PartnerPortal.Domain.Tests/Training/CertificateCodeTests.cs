using System.Text.RegularExpressions;
using PartnerPortal.Domain.Training;

namespace PartnerPortal.Domain.Tests.Training;

public class CertificateCodeTests
{
    [Fact]
    public void The_alphabet_has_32_characters_and_none_that_read_alike()
    {
        Assert.Equal("23456789ABCDEFGHJKLMNPQRSTUVWXYZ", CertificateCode.Alphabet);
        Assert.Equal(32, CertificateCode.Alphabet.Distinct().Count());
        Assert.DoesNotContain('0', CertificateCode.Alphabet);
        Assert.DoesNotContain('O', CertificateCode.Alphabet);
        Assert.DoesNotContain('1', CertificateCode.Alphabet);
        Assert.DoesNotContain('I', CertificateCode.Alphabet);
        Assert.Equal(10, CertificateCode.Length);
    }

    [Fact]
    public void The_generator_maps_each_pick_to_the_alphabet()
    {
        // Picks 0, 1, …, 9 → "23456789AB"; 31 is the last character, Z; 8 is A; 16 is J (I is skipped).
        var picks = new Queue<int>([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 31, 8, 16, 22, 0, 0, 0, 0, 0, 0]);
        var sizes = new List<int>();
        int Pick(int size) { sizes.Add(size); return picks.Dequeue(); }

        Assert.Equal("23456789AB", CertificateCode.Generate(Pick));
        Assert.Equal("ZAJQ222222", CertificateCode.Generate(Pick));
        Assert.All(sizes, s => Assert.Equal(32, s));
        Assert.Equal(20, sizes.Count);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(32)]
    public void A_pick_outside_the_alphabet_is_an_error(int pick)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CertificateCode.Generate(_ => pick));
    }

    [Fact]
    public void The_default_generator_makes_well_formed_codes()
    {
        for (var i = 0; i < 100; i++)
        {
            var code = CertificateCode.Generate();
            Assert.Matches(new Regex("^[2-9A-HJ-NP-Z]{10}$"), code);
            Assert.True(CertificateCode.IsWellFormed(code));
        }
    }

    [Theory]
    [InlineData("23456789AB", true)]
    [InlineData("ZZZZZZZZZZ", true)]
    [InlineData("23456789A", false)]     // 9 characters
    [InlineData("23456789ABC", false)]   // 11
    [InlineData("O23456789A", false)]    // letter O
    [InlineData("023456789A", false)]    // zero
    [InlineData("I23456789A", false)]    // letter I
    [InlineData("123456789A", false)]    // one
    [InlineData("23456789ab", false)]    // lower case: normalise first
    [InlineData("23456-789A", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void A_well_formed_code_is_ten_characters_of_the_alphabet(string? code, bool wellFormed)
    {
        Assert.Equal(wellFormed, CertificateCode.IsWellFormed(code));
    }

    [Theory]
    [InlineData(" 23456-789ab ", "23456789AB")]   // as typed from a printed certificate
    [InlineData("zajq 2222 22", "ZAJQ222222")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Typed_codes_are_normalised_before_they_are_looked_up(string? typed, string normalised)
    {
        Assert.Equal(normalised, CertificateCode.Normalize(typed));
    }
}
