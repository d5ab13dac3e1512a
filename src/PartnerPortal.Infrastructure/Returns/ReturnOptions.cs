using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace PartnerPortal.Infrastructure.Returns;

/// <summary>
/// The <c>Returns</c> settings: the largest photo of returned goods the portal keeps. A wrong value stops the portal at
/// start-up with the setting named, rather than refusing or accepting every upload.
/// </summary>
public sealed class ReturnOptions
{
    public const string Section = "Returns";
    public const int DefaultPhotoMaxMegabytes = 10;
    /// <summary>The largest limit the setting takes: an upload streams through the browser's connection.</summary>
    public const int MostPhotoMegabytes = 50;

    public int PhotoMaxMegabytes { get; init; } = DefaultPhotoMaxMegabytes;

    public long PhotoMaxBytes => (long)PhotoMaxMegabytes * 1024 * 1024;

    /// <exception cref="InvalidOperationException">The setting is not a whole number from 1 to <see cref="MostPhotoMegabytes"/>.</exception>
    public static ReturnOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var name = $"{Section}:{nameof(PhotoMaxMegabytes)}";
        var text = configuration[name];
        if (string.IsNullOrWhiteSpace(text)) return new ReturnOptions();
        if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var megabytes)
            || megabytes is < 1 or > MostPhotoMegabytes)
            throw new InvalidOperationException(
                $"The setting {name} must be a whole number of megabytes from 1 to {MostPhotoMegabytes}; it is \"{text}\".");
        return new ReturnOptions { PhotoMaxMegabytes = megabytes };
    }
}
