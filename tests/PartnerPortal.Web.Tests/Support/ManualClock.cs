namespace PartnerPortal.Web.Tests.Support;

/// <summary>
/// A clock the test moves by hand: the app's <see cref="TimeProvider"/> in tests of time limits, so that "31 minutes
/// later" takes no time and does not depend on the machine's clock. Timestamps follow the same time.
/// </summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _gate = new();
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate) return _now;
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public void Advance(TimeSpan by)
    {
        lock (_gate) _now += by;
    }
}
