namespace PartnerPortal.Web.Tests.Support;

/// <summary>
/// A clock the test moves by hand: the app's <see cref="TimeProvider"/> in tests of time limits, so that "31 minutes
/// later" takes no time and does not depend on the machine's clock. Timestamps follow the same time, and timers fire
/// when <see cref="Advance"/> passes their due time.
/// </summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate) return _now;
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public int ActiveTimers
    {
        get { lock (_gate) return _timers.Count(t => !t.Disposed); }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        lock (_gate) _timers.Add(timer);
        return timer;
    }

    /// <summary>Moves the time on one second at a time, firing each timer as it falls due.</summary>
    public void Advance(TimeSpan by)
    {
        var end = GetUtcNow() + by;
        while (GetUtcNow() < end)
        {
            List<ManualTimer> timers;
            DateTimeOffset now;
            lock (_gate)
            {
                var step = end - _now < TimeSpan.FromSeconds(1) ? end - _now : TimeSpan.FromSeconds(1);
                _now += step;
                now = _now;
                timers = [.. _timers];
            }
            // Callbacks run outside the lock: they may read the clock or create timers.
            foreach (var timer in timers) timer.FireIfDue(now);
        }
    }

    private sealed class ManualTimer(ManualClock clock, TimerCallback callback, object? state) : ITimer
    {
        private DateTimeOffset? _due;
        private TimeSpan _period;

        public bool Disposed { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            _due = dueTime == Timeout.InfiniteTimeSpan ? null : clock.GetUtcNow() + dueTime;
            _period = period;
            return !Disposed;
        }

        public void FireIfDue(DateTimeOffset now)
        {
            while (!Disposed && _due is { } due && due <= now)
            {
                _due = _period > TimeSpan.Zero && _period != Timeout.InfiniteTimeSpan ? due + _period : null;
                callback(state);
            }
        }

        public void Dispose() => Disposed = true;

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
