using System.Diagnostics;

namespace PartnerPortal.Bench;

/// <summary>
/// How busy the machine was while a benchmark ran: on a busy machine wall times are mostly waiting for a core, so a figure
/// is only comparable with one taken at a similar load. CPU time does not depend on the load.
/// </summary>
internal static class MachineLoad
{
    public static string Describe() =>
        $"CPU time of the whole run {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:F1} s, load average {LoadAverage()}";

    /// <summary>The load average of the last minute, or "unknown" where the system does not tell.</summary>
    public static string OneMinute() => LoadAverage().Split(' ')[0];

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
