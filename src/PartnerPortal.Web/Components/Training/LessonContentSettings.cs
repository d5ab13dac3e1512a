namespace PartnerPortal.Web.Components.Training;

/// <summary>
/// The <c>Training:LessonImageHosts</c> setting: host names (e.g. <c>img.example.com</c>) whose https images a lesson may
/// show besides the portal's own course files. Empty by default. A value that is not a host name stops the portal at
/// start-up naming the setting, rather than letting lessons load from somewhere unintended.
/// </summary>
public static class LessonContentSettings
{
    public const string ImageHostsKey = "Training:LessonImageHosts";

    public static LessonContentPolicy Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var hosts = configuration.GetSection(ImageHostsKey).Get<string[]>() ?? [];
        var wrong = hosts.Where(h => string.IsNullOrWhiteSpace(h) || Uri.CheckHostName(h.Trim()) is UriHostNameType.Unknown).ToList();
        if (wrong.Count > 0)
            throw new InvalidOperationException(
                $"The setting {ImageHostsKey} must list host names only (img.example.com, no https:// or path): \"{string.Join("\", \"", wrong)}\".");
        return new LessonContentPolicy(hosts.Select(h => h.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList());
    }
}
