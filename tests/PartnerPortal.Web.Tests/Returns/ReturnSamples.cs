using PartnerPortal.Domain.Returns;
using PartnerPortal.Infrastructure.Returns;

namespace PartnerPortal.Web.Tests.Returns;

/// <summary>Returns as the services hand them to the pages, for the component tests.</summary>
public static class ReturnSamples
{
    public static readonly IReadOnlyList<ReturnableShipmentLine> Shipped =
    [
        new(501, 11, "SH-202611-00004", new DateOnly(2026, 11, 20), "AC-1001", "变频空调 1.5匹", "Inverter AC 1.5HP", 4, 2, 2_803.00m),
        new(502, 12, "SH-202611-00004", new DateOnly(2026, 11, 20), "AC-2002", "柜机 3匹", "Floor AC 3HP", 1, 0, 6_150.50m),
    ];

    /// <summary>RMA-202612-00007 of P0001: 2 × AC-1001 at 2,803.00 and 1 × AC-2002 at 6,150.50, in the given state.</summary>
    public static ReturnDetail Detail(ReturnStatus status = ReturnStatus.Requested, string? creditNote = null, decimal? credit = null,
        int? received1 = null, int? received2 = null) => new(
        7, "RMA-202612-00007", 1, "P0001", "上海申达电器有限公司", 40, "SO-P0001-20261118-001", status, ReturnReason.Defective, "外机异响", "",
        new DateTimeOffset(2026, 12, 3, 9, 30, 0, TimeSpan.FromHours(8)), null, null, null, creditNote, credit,
        [
            new ReturnLineView(71, 11, "SH-202611-00004", "AC-1001", "变频空调 1.5匹", "Inverter AC 1.5HP", 2, 2_803.00m, received1,
                received1 is null ? null : ReturnDisposition.Restock, received1 is { } r1 ? r1 * 2_803.00m : null),
            new ReturnLineView(72, 12, "SH-202611-00004", "AC-2002", "柜机 3匹", "Floor AC 3HP", 1, 6_150.50m, received2,
                received2 is null ? null : ReturnDisposition.Scrap, received2 is { } r2 ? r2 * 6_150.50m : null),
        ],
        [new ReturnPhotoView(901, "crack.png", 20_480)],
        [
            new ReturnEventView(new DateTimeOffset(2026, 12, 3, 9, 30, 0, TimeSpan.FromHours(8)), "王经理", ReturnStatus.Requested, ReturnStatus.Requested, ""),
        ],
        ["INV-202611-00012"]);
}
