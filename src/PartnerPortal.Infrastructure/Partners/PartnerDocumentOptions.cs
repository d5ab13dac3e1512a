using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace PartnerPortal.Infrastructure.Partners;

/// <summary>
/// The <c>PartnerDocuments</c> settings: the largest scan the portal keeps. A wrong value stops the portal at start-up
/// with the setting named, rather than refusing or accepting every upload.
/// </summary>
public sealed class PartnerDocumentOptions
{
    public const string Section = "PartnerDocuments";
    public const int DefaultScanMaxMegabytes = 10;
    /// <summary>The largest limit the setting takes: an upload streams through the browser's connection.</summary>
    public const int MostScanMegabytes = 100;

    public int ScanMaxMegabytes { get; init; } = DefaultScanMaxMegabytes;

    public long ScanMaxBytes => (long)ScanMaxMegabytes * 1024 * 1024;

    /// <exception cref="InvalidOperationException">The setting is not a whole number from 1 to <see cref="MostScanMegabytes"/>.</exception>
    public static PartnerDocumentOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var name = $"{Section}:{nameof(ScanMaxMegabytes)}";
        var text = configuration[name];
        if (string.IsNullOrWhiteSpace(text)) return new PartnerDocumentOptions();
        if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var megabytes)
            || megabytes is < 1 or > MostScanMegabytes)
            throw new InvalidOperationException(
                $"The setting {name} must be a whole number of megabytes from 1 to {MostScanMegabytes}; it is \"{text}\".");
        return new PartnerDocumentOptions { ScanMaxMegabytes = megabytes };
    }
}
