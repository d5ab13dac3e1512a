using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PartnerPortal.Infrastructure.Integration;

/// <summary>Runs <see cref="WebhookDispatcher"/> every <see cref="WebhookOptions.PollSeconds"/> while the portal runs.</summary>
public sealed class WebhookWorker(IServiceScopeFactory scopes, IOptions<WebhookOptions> options, ILogger<WebhookWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled) return;
        using var timer = new PeriodicTimer(settings.PollInterval);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<WebhookDispatcher>().RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next poll tries again: events stay in the outbox and deliveries stay pending until they are sent.
                logger.LogError(e, "The webhook dispatcher run failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
