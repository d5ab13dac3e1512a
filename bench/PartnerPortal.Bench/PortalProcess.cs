using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.Sockets;

namespace PartnerPortal.Bench;

/// <summary>
/// The portal as its own process (Release build, Development settings, demo data, a throw-away SQLite file), so that its CPU
/// and memory are measured apart from the browser driving it. Figures come from its development diagnostics endpoint.
/// </summary>
internal sealed class PortalProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;
    private readonly HttpClient _http;

    private PortalProcess(Process process, string folder, string baseUrl)
    {
        _process = process;
        _folder = folder;
        BaseUrl = baseUrl;
        _http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(2) };
    }

    public string BaseUrl { get; }

    public static async Task<PortalProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var root = RepositoryRoot();
        var folder = Path.Combine(Path.GetTempPath(), "pp-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "run", "-c", "Release", "--no-launch-profile", "--project", "src/PartnerPortal.Web" }) start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = url;
        start.Environment["Database__ConnectionString"] = "Data Source=" + Path.Combine(folder, "portal.db");
        start.Environment["Seed__DemoData"] = "true";
        start.Environment["Throttling__SignInAttempts"] = "100000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__")] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
        var log = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var portal = new PortalProcess(process, folder, url);
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(10))
        {
            if (process.HasExited) throw new InvalidOperationException("The portal stopped:\n" + log);
            try
            {
                if ((await portal._http.GetAsync("/health")).IsSuccessStatusCode) return portal;
            }
            catch (HttpRequestException) { }
            await Task.Delay(500);
        }
        await portal.DisposeAsync();
        throw new TimeoutException("The portal did not answer within 10 minutes:\n" + log);
    }

    /// <summary>The server's CPU time, open circuits and memory; <paramref name="collect"/> forces a full collection first.</summary>
    public async Task<ProcessFigures> FiguresAsync(bool collect = false) =>
        await _http.GetFromJsonAsync<ProcessFigures>("/diagnostics/process" + (collect ? "?collect=true" : ""))
        ?? throw new InvalidOperationException("No diagnostics figures.");

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PartnerPortal.sln"))) return dir.FullName;
        throw new InvalidOperationException("Run the benchmark from inside the repository.");
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        return ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
    }
}

/// <summary>The portal's development diagnostics answer.</summary>
internal sealed record ProcessFigures(int ProcessId, long CpuMilliseconds, long HeapBytes, long WorkingSetBytes, int OpenCircuits);
