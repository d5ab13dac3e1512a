using Microsoft.Playwright;

namespace PartnerPortal.Bench;

/// <summary>
/// The portal as people use it, through Debian's Chromium: server CPU per page open (with and without prerendering), memory
/// per open circuit, and how fast pages answer with many circuits open. Arguments: [circuits] [opens], 100 and 30 by default;
/// `--prerender-only` skips the run without prerendering; `--set Name=value …` passes settings to the portal.
/// </summary>
internal static class CircuitBenchmark
{
    private const double TargetCpuPerOpenMilliseconds = 60;
    private const double TargetMegabytesPerCircuit = 1;
    private const double TargetInteractionP95Milliseconds = 200;

    public static async Task RunAsync(string[] args)
    {
        var numbers = args.Where(a => int.TryParse(a, out _)).Select(int.Parse).ToArray();
        var circuits = numbers.Length > 0 ? numbers[0] : 100;
        var opens = numbers.Length > 1 ? numbers[1] : 30;
        var modes = args.Contains("--prerender-only") ? new[] { true } : [true, false];

        using var playwright = await Playwright.CreateAsync();
        foreach (var prerender in modes)
        {
            Console.WriteLine(prerender ? "Prerendering on (the default):" : "Prerendering off (Rendering:Prerender=false):");
            var settings = new Dictionary<string, string> { ["Rendering:Prerender"] = prerender ? "true" : "false" };
            // `--set Name=value` passes a setting (or an environment variable) to the portal, to compare configurations.
            foreach (var pair in args.SkipWhile(a => a != "--set").Skip(1).TakeWhile(a => a.Contains('=')))
                settings[pair[..pair.IndexOf('=')]] = pair[(pair.IndexOf('=') + 1)..];
            await using var portal = await PortalProcess.StartAsync(settings);
            await using var browser = await DemoSessions.LaunchChromiumAsync(playwright);
            var dealers = new List<IBrowserContext>();
            foreach (var email in DemoSessions.Dealers) dealers.Add(await DemoSessions.SignInAsync(browser, portal.BaseUrl, email));
            var manager = await DemoSessions.SignInAsync(browser, portal.BaseUrl, DemoSessions.Manager);

            var idle = await PageOpenCost.IdleCpuPerSecondAsync(portal);
            Console.WriteLine($"  idle: {idle:F1} ms of CPU a second");
            foreach (var (context, target) in new[] { (dealers[0], PortalPage.DealerHome), (dealers[0], PortalPage.Catalog), (manager, PortalPage.ManagerHome) })
            {
                var costs = (await PageOpenCost.MeasureAsync(portal, context, target, opens, idle)).Order().ToList();
                var median = Percentile(costs, 0.5);
                Console.WriteLine($"  open {target.Name,-13} {opens} times: server CPU median {median:F0} ms, p90 {Percentile(costs, 0.9):F0} ms " +
                    $"(target median ≤ {TargetCpuPerOpenMilliseconds:F0} ms) {Verdict(median <= TargetCpuPerOpenMilliseconds)}; " +
                    $"{2000 / Math.Max(median, 1):F0} opens a second on 2 cores");
            }

            if (prerender)
            {
                var load = await CircuitLoad.MeasureAsync(portal, dealers, circuits, rounds: Math.Max(20, circuits / 2));
                Console.WriteLine($"  {load.Circuits} circuits open (half dealer home, half catalog): {load.HeapPerCircuitMegabytes:F2} MB retained each " +
                    $"after a full collection (target ≤ {TargetMegabytesPerCircuit:F0} MB) {Verdict(load.HeapPerCircuitMegabytes <= TargetMegabytesPerCircuit)}; " +
                    $"working set {load.WorkingSetPerCircuitMegabytes:F2} MB each");
                var all = load.StepMilliseconds.Values.SelectMany(v => v).Order().ToList();
                foreach (var (step, times) in load.StepMilliseconds.OrderBy(s => s.Key))
                {
                    var sorted = times.Order().ToList();
                    Console.WriteLine($"    {step,-18} p50 {Percentile(sorted, 0.5),4:F0} ms, p95 {Percentile(sorted, 0.95),4:F0} ms, worst {sorted[^1],4:F0} ms");
                }
                var p95 = Percentile(all, 0.95);
                Console.WriteLine($"  {load.Rounds} rounds by 4 dealers at once in {load.RoundsElapsed.TotalSeconds:F1} s: every step p50 {Percentile(all, 0.5):F0} ms, " +
                    $"p95 {p95:F0} ms (target < {TargetInteractionP95Milliseconds:F0} ms) {Verdict(p95 < TargetInteractionP95Milliseconds)}");
            }
            foreach (var context in dealers) await context.CloseAsync();
            await manager.CloseAsync();
        }
        Console.WriteLine($"Browser and portal share this machine's cores; {MachineLoad.Describe()}");
    }

    private static double Percentile(IReadOnlyList<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];

    private static string Verdict(bool ok) => ok ? "OK" : "OVER";
}
