using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Inventory;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Domain.Ordering.Rules;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Ordering;

namespace PartnerPortal.Infrastructure.Integration;

/// <summary>
/// The ERP's shipments: the order, warehouse and SKUs it names are found in the caller's scope, and the shipment is made by
/// <see cref="ShipmentService"/>, so the rules are the manager's Ship action's (stock leaves the warehouse, the invoice is
/// raised, the order moves to PartiallyShipped or Shipped), once per ERP shipment number.
/// </summary>
public sealed class ShipmentPostingService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser, ShipmentService shipments,
    TimeProvider clock)
{
    /// <summary>The length of the ERP's shipment number in the database.</summary>
    public const int ShipmentNumberMaxLength = 50;
    /// <summary>How far back a shipment may be dated.</summary>
    public const int MaxDaysBack = 366;

    /// <returns>The shipment, new or (for a shipment number posted before) the one already made. Problems name the API's fields.</returns>
    public async Task<Outcome<ApiPosted<ApiShipment>>> PostAsync(ApiShipmentRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        CommandSupport.RequireBrandStaffOrIntegration(await currentUser.GetAsync(ct));
        var problems = Validate(request);
        if (problems.Count > 0) return Outcome<ApiPosted<ApiShipment>>.Failed(problems);
        var lines = request.Lines!;

        await using var db = await contexts.CreateAsync(ct);
        var orderNumber = TextRules.NormalizeCode(request.OrderNumber);
        var order = await db.Orders.AsNoTracking().Include(o => o.Lines)
            .FirstOrDefaultAsync(o => o.Number == orderNumber && o.Status != OrderStatus.Draft, ct);
        if (order is null) problems.Add(new Problem(ProblemCodes.NotFound, "orderNumber", orderNumber));
        var warehouseCode = TextRules.NormalizeCode(request.WarehouseCode);
        var warehouseId = await db.Warehouses.Where(w => w.Code == warehouseCode).Select(w => (int?)w.Id).FirstOrDefaultAsync(ct);
        if (warehouseId is null) problems.Add(new Problem(ProblemCodes.NotFound, "warehouseCode", warehouseCode));
        var requested = order is null ? [] : Resolve(order, lines, problems);
        if (problems.Count > 0) return Outcome<ApiPosted<ApiShipment>>.Failed(problems);

        var outcome = await shipments.ShipExternalAsync(order!.Id, warehouseId!.Value, requested, TextRules.NormalizeReference(request.ShipmentNumber), request.ShippedOn, ct);
        if (!outcome.Succeeded) return Outcome<ApiPosted<ApiShipment>>.Failed(outcome.Problems.Select(p => ToApi(p, lines)));
        var shipment = await LoadAsync(db, outcome.Value!.ShipmentId, ct);
        return Outcome<ApiPosted<ApiShipment>>.Success(new ApiPosted<ApiShipment>(shipment, outcome.Value.Created));
    }

    private List<Problem> Validate(ApiShipmentRequest request)
    {
        var problems = new List<Problem>();
        TextRules.Required(problems, "orderNumber", request.OrderNumber, Order.NumberMaxLength);
        TextRules.Required(problems, "shipmentNumber", request.ShipmentNumber, ShipmentNumberMaxLength);
        TextRules.Required(problems, "warehouseCode", request.WarehouseCode, WarehouseRules.CodeMaxLength);
        var today = CommandSupport.Today(clock);
        if (request.ShippedOn is { } day && (day > today || day < today.AddDays(-MaxDaysBack)))
            problems.Add(new Problem(ProblemCodes.OutOfRange, "shippedOn", today.AddDays(-MaxDaysBack).ToString("yyyy-MM-dd"), today.ToString("yyyy-MM-dd")));
        if (request.Lines is null || request.Lines.Count == 0)
        {
            problems.Add(new Problem(ProblemCodes.Required, "lines"));
            return problems;
        }
        for (var i = 0; i < request.Lines.Count; i++)
        {
            var line = request.Lines[i];
            if (line is null)
            {
                problems.Add(new Problem(ProblemCodes.Required, $"lines[{i}]"));
                continue;
            }
            TextRules.Required(problems, $"lines[{i}].sku", line.Sku, Domain.Catalog.Product.SkuMaxLength);
            if (line.Quantity is null) problems.Add(new Problem(ProblemCodes.Required, $"lines[{i}].quantity"));
            else if (line.Quantity <= 0) problems.Add(new Problem(ProblemCodes.QuantityNotPositive, $"lines[{i}].quantity"));
        }
        return problems;
    }

    /// <summary>
    /// Order lines for the SKUs sent. A SKU on more than one line of the order fills them in order, each up to what it still
    /// has to ship, the last taking the rest (so that shipping too much is refused by the usual rule).
    /// </summary>
    private static List<(int OrderLineId, int Quantity)> Resolve(Order order, IReadOnlyList<ApiShipmentRequestLine> lines, List<Problem> problems)
    {
        var requested = new List<(int, int)>();
        var open = order.Lines.ToDictionary(l => l.Id, l => l.OpenQuantity);
        for (var i = 0; i < lines.Count; i++)
        {
            var sku = TextRules.NormalizeCode(lines[i].Sku);
            var candidates = order.Lines.Where(l => string.Equals(l.Sku, sku, StringComparison.OrdinalIgnoreCase)).OrderBy(l => l.Id).ToList();
            if (candidates.Count == 0)
            {
                problems.Add(new Problem(ProblemCodes.NotFound, $"lines[{i}].sku", sku));
                continue;
            }
            var left = lines[i].Quantity!.Value;
            foreach (var line in candidates)
            {
                var take = line == candidates[^1] ? left : Math.Min(left, Math.Max(open[line.Id], 0));
                if (take == 0) continue;
                requested.Add((line.Id, take));
                open[line.Id] -= take;
                left -= take;
            }
        }
        return requested;
    }

    /// <summary>The shipment service's problem as the API names it: its fields are entity names or the line's SKU.</summary>
    private static Problem ToApi(Problem problem, IReadOnlyList<ApiShipmentRequestLine> lines)
    {
        var field = problem.Field switch
        {
            null or "" => "",
            "Order" => "orderNumber",
            "Warehouse" => "warehouseCode",
            "OrderLine" => "lines",
            "ExternalReference" => "shipmentNumber",
            var sku => IndexOf(lines, sku) is { } i ? $"lines[{i}].quantity" : "lines",
        };
        return problem with { Field = field };
    }

    private static int? IndexOf(IReadOnlyList<ApiShipmentRequestLine> lines, string sku)
    {
        for (var i = 0; i < lines.Count; i++)
            if (string.Equals(TextRules.NormalizeCode(lines[i].Sku), sku, StringComparison.OrdinalIgnoreCase)) return i;
        return null;
    }

    private static async Task<ApiShipment> LoadAsync(Data.PortalDbContext db, int shipmentId, CancellationToken ct) =>
        await db.Shipments.AsNoTracking().Where(s => s.Id == shipmentId)
            .Select(s => new ApiShipment(s.Number, s.ExternalReference, s.Order!.Number, s.Order.Status.ToString(), s.Warehouse!.Code, s.ShippedOn,
                s.Amount, s.Invoice != null ? s.Invoice.Number : null, s.Invoice != null ? s.Invoice.DueDate : null,
                s.Lines.OrderBy(l => l.Id).Select(l => new ApiShipmentAmountLine(l.OrderLine!.Sku, l.Quantity, l.Amount)).ToList()))
            .FirstAsync(ct);
}
