using Microsoft.AspNetCore.Components;

namespace PartnerPortal.Web.Components.Shared;

/// <summary>
/// Hands what a page loaded while it was prerendered to the circuit that takes the page over, so that opening a page runs
/// its queries once, not twice. The figures travel inside the page, protected like the circuit itself; a page that is not
/// prerendered (or is navigated to inside a running circuit) simply loads them.
/// </summary>
public sealed class PrerenderHandoff(PersistentComponentState state) : IDisposable
{
    private readonly List<PersistingComponentStateSubscription> _subscriptions = [];

    /// <summary>The value stored under <paramref name="key"/> by the prerender, or else what <paramref name="load"/> returns
    /// (which the prerender then hands on).</summary>
    public async Task<T> LoadAsync<T>(string key, Func<Task<T>> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        // What the prerender stored is what load returned then, so it is null only where load may return null.
        if (state.TryTakeFromJson<T>(key, out var handedOver)) return handedOver!;
        var value = await load();
        _subscriptions.Add(state.RegisterOnPersisting(() =>
        {
            state.PersistAsJson(key, value);
            return Task.CompletedTask;
        }));
        return value;
    }

    public void Dispose()
    {
        foreach (var subscription in _subscriptions) subscription.Dispose();
        _subscriptions.Clear();
    }
}
