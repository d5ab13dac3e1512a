using Microsoft.AspNetCore.Components.Server.Circuits;

namespace PartnerPortal.Web.Diagnostics;

/// <summary>Counts the circuits open in this process, for the development diagnostics figures.</summary>
public sealed class OpenCircuitCounter : CircuitHandler
{
    private static int _open;

    public static int Open => Volatile.Read(ref _open);

    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _open);
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Decrement(ref _open);
        return Task.CompletedTask;
    }
}
