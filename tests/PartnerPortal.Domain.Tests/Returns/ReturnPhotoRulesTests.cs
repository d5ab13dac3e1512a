using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Returns;
using PartnerPortal.Domain.Tests.Common;

namespace PartnerPortal.Domain.Tests.Returns;

public class ReturnPhotoRulesTests
{
    private const long Max = 2 * 1024 * 1024;

    public static TheoryData<byte[], long, string?> Cases() => new()
    {
        { [0xFF, 0xD8, 0xFF, 0xE0], 1000, null },
        { [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], 1000, null },
        // A PDF is a fine scan but not a photo.
        { "%PDF-1.7"u8.ToArray(), 1000, ProblemCodes.PhotoWrongType },
        { "<html>"u8.ToArray(), 1000, ProblemCodes.PhotoWrongType },
        { [], 0, ProblemCodes.ScanEmpty },
        { [0xFF, 0xD8, 0xFF, 0xE0], Max + 1, ProblemCodes.ScanTooLarge },
        { [0xFF, 0xD8, 0xFF, 0xE0], Max, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Only_jpeg_and_png_within_the_limit_are_photos(byte[] head, long size, string? problem)
    {
        var problems = ReturnPhotoRules.Check(head, size, Max, "Photos");
        if (problem is null) ProblemAssert.None(problems);
        else ProblemAssert.Exactly(problems, (problem, "Photos"));
    }
}
