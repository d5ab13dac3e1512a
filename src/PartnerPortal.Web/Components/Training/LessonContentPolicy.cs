namespace PartnerPortal.Web.Components.Training;

/// <summary>
/// What a lesson's Markdown may show beyond text: images from the portal's own course files, and from the hosts of the
/// <c>Training:LessonImageHosts</c> setting (none by default). See <see cref="LessonContentSettings"/>.
/// </summary>
public sealed record LessonContentPolicy(IReadOnlyCollection<string> ImageHosts)
{
    public static LessonContentPolicy Default { get; } = new([]);

    /// <summary>
    /// The portal's own files: a course's materials and covers, addressed from the site's root
    /// (<c>/training/materials/12</c>). Other relative addresses are not images a lesson shows.
    /// </summary>
    public static IReadOnlyList<string> OwnImagePaths { get; } = ["/training/materials/", "/training/covers/"];

    public bool AllowsImage(string? url)
    {
        var address = url?.Trim();
        if (string.IsNullOrEmpty(address) || address.Contains('\\', StringComparison.Ordinal)) return false;
        if (address.StartsWith('/') && !address.StartsWith("//", StringComparison.Ordinal))
            return !address.Contains("..", StringComparison.Ordinal) && OwnImagePaths.Any(p => address.StartsWith(p, StringComparison.Ordinal));
        return Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
            && ImageHosts.Contains(uri.IdnHost, StringComparer.OrdinalIgnoreCase);
    }
}
