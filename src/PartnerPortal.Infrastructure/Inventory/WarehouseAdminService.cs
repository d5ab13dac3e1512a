using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Inventory;
using PartnerPortal.Infrastructure.Access;

namespace PartnerPortal.Infrastructure.Inventory;

/// <summary>A warehouse with how many products it stocks and how many units it holds.</summary>
public sealed record WarehouseListItem(int Id, string Code, string Name, string NameEn, int Products, int OnHand, int Reserved);

/// <summary>Warehouses: listed, created and renamed by administrators (stock moves through adjustments and shipments).</summary>
public sealed class WarehouseAdminService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser)
{
    public async Task<IReadOnlyList<WarehouseListItem>> ListAsync(CancellationToken ct = default)
    {
        RoleGuard.Require(await currentUser.GetAsync(ct), PortalRoles.Admin);
        await using var db = await contexts.CreateAsync(ct);
        return await db.Warehouses.AsNoTracking().OrderBy(w => w.Code)
            .Select(w => new WarehouseListItem(w.Id, w.Code, w.Name, w.NameEn,
                db.StockLevels.Count(s => s.WarehouseId == w.Id && s.OnHand > 0),
                db.StockLevels.Where(s => s.WarehouseId == w.Id).Sum(s => (int?)s.OnHand) ?? 0,
                db.StockLevels.Where(s => s.WarehouseId == w.Id).Sum(s => (int?)s.Reserved) ?? 0))
            .ToListAsync(ct);
    }

    /// <summary>Creates (id null) or renames a warehouse; a code another warehouse has is refused.</summary>
    public async Task<Outcome<int>> SaveAsync(int? id, WarehouseDraft draft, CancellationToken ct = default)
    {
        RoleGuard.Require(await currentUser.GetAsync(ct), PortalRoles.Admin);
        draft = WarehouseRules.Normalize(draft);
        var problems = WarehouseRules.Validate(draft).ToList();
        await using var db = await contexts.CreateAsync(ct);
        if (await db.Warehouses.AnyAsync(w => w.Code == draft.Code && w.Id != id, ct))
            problems.Add(new Problem(ProblemCodes.Duplicate, nameof(draft.Code), draft.Code));
        if (problems.Count > 0) return Outcome<int>.Failed(problems);

        var warehouse = id is null ? db.Warehouses.Add(new Warehouse()).Entity : await db.Warehouses.FirstOrDefaultAsync(w => w.Id == id, ct);
        if (warehouse is null) return Outcome<int>.Failed(ProblemCodes.NotFound);
        (warehouse.Code, warehouse.Name, warehouse.NameEn) = (draft.Code, draft.Name, draft.NameEn);
        await db.SaveChangesAsync(ct);
        return Outcome<int>.Success(warehouse.Id);
    }
}
