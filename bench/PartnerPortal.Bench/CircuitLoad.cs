using System.Diagnostics;
using Microsoft.Playwright;

namespace PartnerPortal.Bench;

/// <summary>
/// Many circuits open at once: what each keeps in the server's memory, and how fast the portal answers people using them
/// (dealers going home → catalog → next page → cart → orders → home, each step timed until its page shows).
/// </summary>
internal static class CircuitLoad
{
    public sealed record Result(int Circuits, double HeapPerCircuitMegabytes, double WorkingSetPerCircuitMegabytes,
        IReadOnlyDictionary<string, List<double>> StepMilliseconds, TimeSpan RoundsElapsed, int Rounds);

    public static async Task<Result> MeasureAsync(PortalProcess portal, IReadOnlyList<IBrowserContext> dealers, int circuits, int rounds)
    {
        var empty = await portal.FiguresAsync(collect: true);
        var pages = new List<IPage>(circuits);
        for (var i = 0; i < circuits; i++)
        {
            var target = i % 2 == 0 ? PortalPage.DealerHome : PortalPage.Catalog;
            var page = await dealers[i % dealers.Count].NewPageAsync();
            await page.GotoAsync(portal.BaseUrl + target.Path);
            await target.WaitUntilShownAsync(page);
            pages.Add(page);
        }
        var full = await portal.FiguresAsync(collect: true);
        if (full.OpenCircuits - empty.OpenCircuits != circuits)
            Console.WriteLine($"  (the portal counts {full.OpenCircuits - empty.OpenCircuits} open circuits, not {circuits})");
        var heap = (full.HeapBytes - empty.HeapBytes) / 1048576.0 / circuits;
        var workingSet = (full.WorkingSetBytes - empty.WorkingSetBytes) / 1048576.0 / circuits;

        var steps = new Dictionary<string, List<double>>();
        var clock = Stopwatch.StartNew();
        // Four people at once, each on its own circuit, while all the others stay open.
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            int round;
            while ((round = Interlocked.Increment(ref next)) < rounds)
                await RoundAsync(pages[(round * 2) % pages.Count], steps);
        })));
        var elapsed = clock.Elapsed;
        foreach (var page in pages) await page.CloseAsync();
        return new Result(circuits, heap, workingSet, steps, elapsed, rounds);
    }

    // The page starts on the dealer home (every even circuit does) and ends there.
    private static async Task RoundAsync(IPage page, Dictionary<string, List<double>> steps)
    {
        await StepAsync(steps, "nav to catalog", () => NavigateAsync(page, PortalPage.Catalog));
        var firstSku = await page.Locator("[data-testid^=stock-]").First.GetAttributeAsync("data-testid");
        await StepAsync(steps, "catalog next page", async () =>
        {
            await page.Locator(".mud-table-pagination-actions button").Nth(2).ClickAsync();
            await page.WaitForFunctionAsync("first => document.querySelector('[data-testid^=stock-]')?.getAttribute('data-testid') !== first", firstSku);
        });
        await StepAsync(steps, "nav to cart", () => NavigateAsync(page, PortalPage.Cart));
        await StepAsync(steps, "nav to orders", () => NavigateAsync(page, PortalPage.Orders));
        await StepAsync(steps, "nav to home", () => NavigateAsync(page, PortalPage.DealerHome));
    }

    private static async Task NavigateAsync(IPage page, PortalPage target)
    {
        await page.Locator($"[data-testid=nav-drawer] a[href='{target.Path}']").First.ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == target.Path);
        await page.Locator(target.ReadySelector).First.WaitForAsync();
    }

    private static async Task StepAsync(Dictionary<string, List<double>> steps, string name, Func<Task> step)
    {
        var clock = Stopwatch.StartNew();
        await step();
        var ms = clock.Elapsed.TotalMilliseconds;
        lock (steps)
        {
            if (!steps.TryGetValue(name, out var list)) steps[name] = list = [];
            list.Add(ms);
        }
    }
}
