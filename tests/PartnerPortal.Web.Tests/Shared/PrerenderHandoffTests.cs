using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Web.Components.Shared;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Shared;

/// <summary>A page's first load is run by the prerender and handed to the circuit, never run twice.</summary>
public sealed class PrerenderHandoffTests : BunitTestContext
{
    [Fact]
    public async Task The_circuit_takes_what_the_prerender_loaded_without_loading_again()
    {
        var state = AddBunitPersistentComponentState();
        state.Persist("figures", 42);
        using var handoff = new PrerenderHandoff(Services.GetRequiredService<PersistentComponentState>());
        var loads = 0;

        var value = await handoff.LoadAsync("figures", () => { loads++; return Task.FromResult(7); });

        Assert.Equal(42, value);
        Assert.Equal(0, loads);
    }

    [Fact]
    public async Task The_prerender_loads_and_hands_on_what_it_loaded()
    {
        var state = AddBunitPersistentComponentState();
        using var handoff = new PrerenderHandoff(Services.GetRequiredService<PersistentComponentState>());

        var value = await handoff.LoadAsync("figures", () => Task.FromResult(7));
        state.TriggerOnPersisting();

        Assert.Equal(7, value);
        Assert.True(state.TryTake<int>("figures", out var handedOn));
        Assert.Equal(7, handedOn);
    }

    [Fact]
    public async Task A_page_that_is_gone_hands_nothing_on()
    {
        var state = AddBunitPersistentComponentState();
        var handoff = new PrerenderHandoff(Services.GetRequiredService<PersistentComponentState>());
        await handoff.LoadAsync("figures", () => Task.FromResult(7));

        handoff.Dispose();
        state.TriggerOnPersisting();

        Assert.False(state.TryTake<int>("figures", out _));
    }
}
