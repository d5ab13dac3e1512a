using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace PartnerPortal.Web.Diagnostics;

/// <summary>
/// Figures of the running process for the load benchmark, in Development only and only to callers on this machine:
/// CPU time, open circuits and, after a forced full collection, the memory that is really retained.
/// </summary>
public static class DiagnosticsEndpoints
{
    public const string Path = "/diagnostics/process";

    public static IServiceCollection AddDevelopmentDiagnostics(this IServiceCollection services, IHostEnvironment environment)
    {
        if (environment.IsDevelopment()) services.AddScoped<CircuitHandler, OpenCircuitCounter>();
        return services;
    }

    public static void MapDevelopmentDiagnostics(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment()) return;
        app.MapGet(Path, (HttpContext context, bool? collect) =>
        {
            if (context.Connection.RemoteIpAddress is not { } address || !IPAddress.IsLoopback(address)) return Results.NotFound();
            if (collect == true)
            {
                // Twice, so that objects kept only by finalizers are gone too.
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                GC.WaitForPendingFinalizers();
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            }
            using var process = Process.GetCurrentProcess();
            return Results.Ok(new ProcessFigures(Environment.ProcessId, (long)process.TotalProcessorTime.TotalMilliseconds,
                GC.GetTotalMemory(forceFullCollection: false), process.WorkingSet64, OpenCircuitCounter.Open));
        }).AllowAnonymous().ExcludeFromDescription();
    }
}

/// <summary>What <see cref="DiagnosticsEndpoints"/> answers.</summary>
public sealed record ProcessFigures(int ProcessId, long CpuMilliseconds, long HeapBytes, long WorkingSetBytes, int OpenCircuits);
