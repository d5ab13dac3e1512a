using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PartnerPortal.Infrastructure.Rebates;

public sealed class RebateAccrualOptions
{
    public const string Section = "Rebates";

    /// <summary>Runs the accruals in the background: after shipments change and every night. Tests turn it off and run it themselves.</summary>
    public bool BackgroundAccruals { get; set; } = true;
    /// <summary>The local hour of the nightly run.</summary>
    public int NightlyHour { get; set; } = 2;
    /// <summary>How long to wait after a shipment for others to follow, so that a busy afternoon is one run, not hundreds.</summary>
    public TimeSpan Debounce { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary>Asks for an accrual run soon, e.g. because a shipment changed a partner's purchases.</summary>
public sealed class RebateRecalculationSignal
{
    private readonly Channel<bool> _requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Several requests before the run starts make one run.</summary>
    public void Request() => _requests.Writer.TryWrite(true);

    internal ChannelReader<bool> Requests => _requests.Reader;
}

/// <summary>Runs <see cref="RebateAccrualRunner.RecalculateOpenPeriodsAsync"/> when asked, and every night at the configured hour.</summary>
public sealed class RebateAccrualWorker(IServiceScopeFactory scopes, RebateRecalculationSignal signal, IOptions<RebateAccrualOptions> options,
    TimeProvider clock, ILogger<RebateAccrualWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.BackgroundAccruals) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            using (var nightly = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
            {
                nightly.CancelAfter(UntilNextNight(settings.NightlyHour));
                try
                {
                    await signal.Requests.ReadAsync(nightly.Token);
                    await Task.Delay(settings.Debounce, stoppingToken);
                    while (signal.Requests.TryRead(out _)) { }
                }
                catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                {
                    // The night has come.
                }
            }
            await RunAsync(stoppingToken);
        }
    }

    private async Task RunAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<RebateAccrualRunner>().RecalculateOpenPeriodsAsync(ct);
            logger.LogInformation("Rebate accruals recalculated: {Periods} periods, {Added} added, {Changed} changed, {Removed} removed",
                result.Periods, result.Added, result.Changed, result.Removed);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The next signal or night tries again; a failed run leaves the accruals as they were (one transaction per period).
            logger.LogError(e, "The rebate accrual run failed");
        }
    }

    private TimeSpan UntilNextNight(int hour)
    {
        var now = clock.GetLocalNow();
        var next = new DateTimeOffset(now.Date.AddHours(hour), now.Offset);
        if (next <= now) next = next.AddDays(1);
        return next - now;
    }
}
