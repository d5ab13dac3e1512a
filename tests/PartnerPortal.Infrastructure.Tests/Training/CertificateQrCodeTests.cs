using PartnerPortal.Infrastructure.Training;

namespace PartnerPortal.Infrastructure.Tests.Training;

/// <summary>The QR matrix QRCoder builds for the verification URL: square, of a QR size, with the three finder patterns.</summary>
public sealed class CertificateQrCodeTests
{
    [Theory]
    [InlineData("https://portal.example.com/verify/7KQ2MX9WRT")]
    [InlineData("http://localhost:5000/verify/23456789AB")]
    [InlineData("https://a-much-longer-host-name.partner-portal.example.com.cn/some/path/base/verify/ZZZZZZZZZZ")]
    public void The_matrix_is_a_square_QR_symbol_without_its_quiet_zone(string url)
    {
        var modules = CertificateQrCode.Modules(url);

        var size = modules.GetLength(0);
        Assert.Equal(size, modules.GetLength(1));
        Assert.True(size >= 21 && (size - 21) % 4 == 0, $"{size} modules per side is not a QR size.");
        // Finder patterns at the top left, top right and bottom left: a dark ring, a light ring, a dark 3×3 centre.
        foreach (var (top, left) in new[] { (0, 0), (0, size - 7), (size - 7, 0) })
            for (var r = 0; r < 7; r++)
                for (var c = 0; c < 7; c++)
                {
                    var ring = Math.Max(Math.Abs(r - 3), Math.Abs(c - 3));
                    Assert.Equal(ring != 2, modules[top + r, left + c]);
                }
    }

    [Fact]
    public void The_same_url_gives_the_same_code_and_another_url_another()
    {
        var a = CertificateQrCode.Modules("https://portal.example.com/verify/7KQ2MX9WRT");
        var b = CertificateQrCode.Modules("https://portal.example.com/verify/7KQ2MX9WRT");
        var c = CertificateQrCode.Modules("https://portal.example.com/verify/7KQ2MX9WRU");

        Assert.Equal(a.Cast<bool>(), b.Cast<bool>());
        Assert.NotEqual(a.Cast<bool>(), c.Cast<bool>());
    }

    [Fact]
    public void An_empty_text_is_refused()
    {
        Assert.Throws<ArgumentException>(() => CertificateQrCode.Modules(""));
    }
}
