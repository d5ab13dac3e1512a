using Microsoft.Extensions.Configuration.Json;

namespace PartnerPortal.Web;

internal static class RepositorySettings
{
    /// <summary>
    /// The development settings live in one file at the repository root (appsettings.Development.json),
    /// copied next to the app at build. It is placed right after appsettings.json so that environment
    /// variables and the command line still override it.
    /// </summary>
    public static void AddRepositoryDevelopmentSettings(this ConfigurationManager configuration, IWebHostEnvironment environment)
    {
        if (!environment.IsDevelopment()) return;
        var path = Path.Combine(AppContext.BaseDirectory, "appsettings.Development.json");
        if (!File.Exists(path)) return;
        var sources = configuration.Sources;
        var index = sources.Select((s, i) => (s, i))
            .Where(x => x.s is JsonConfigurationSource json && json.Path?.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) == true)
            .Select(x => x.i).DefaultIfEmpty(-1).Max();
        var source = new JsonConfigurationSource { Path = path, Optional = true, ReloadOnChange = false };
        source.ResolveFileProvider();
        sources.Insert(index + 1, source);
    }
}
