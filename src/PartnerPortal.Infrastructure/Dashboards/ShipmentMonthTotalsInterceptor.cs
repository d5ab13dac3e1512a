using Microsoft.EntityFrameworkCore.Diagnostics;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Dashboards;

/// <summary>
/// Moves the partners' month totals in the same save as their shipments, whoever writes them (the shipment service, the
/// demo seeder, a test), so the totals can never drift from the shipments written through a context.
/// </summary>
public sealed class ShipmentMonthTotalsInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is PortalDbContext db) ShipmentMonthTotals.Apply(db);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is PortalDbContext db) await ShipmentMonthTotals.ApplyAsync(db, cancellationToken);
        return result;
    }
}
