namespace PartnerPortal.Web.Account;

/// <summary>
/// When the person at an open page last typed or clicked (reported by wwwroot/js/session-activity.js), per circuit:
/// the idle limit of a circuit that is open but unused. Starts at the circuit's (or request's) start.
/// </summary>
public sealed class CircuitActivity(TimeProvider clock)
{
    // Ticks, read by the revalidation loop on another thread than the circuit's.
    private long _lastUsedTicks = clock.GetUtcNow().UtcTicks;

    public DateTimeOffset LastUsedAt => new(Interlocked.Read(ref _lastUsedTicks), TimeSpan.Zero);

    public void Touch() => Interlocked.Exchange(ref _lastUsedTicks, clock.GetUtcNow().UtcTicks);
}
