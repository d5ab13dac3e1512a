namespace PartnerPortal.Web.Components.Training;

/// <summary>
/// A lesson's video as the page shows it: an https link straight to an .mp4 file plays in the page, any other
/// http(s) address opens in a new tab, and anything else (<c>javascript:</c>, a relative path) is not shown.
/// </summary>
public sealed record LessonVideo(string Url, bool PlaysInPage)
{
    public static LessonVideo? From(string? url)
    {
        if (!LessonMarkdown.IsWebUrl(url)) return null;
        var uri = new Uri(url!.Trim(), UriKind.Absolute);
        var file = uri.Scheme == Uri.UriSchemeHttps && uri.AbsolutePath.EndsWith(".mp4", StringComparison.OrdinalIgnoreCase);
        return new LessonVideo(uri.AbsoluteUri, file);
    }
}
