namespace PartnerPortal.Domain.Inventory;

public sealed record WarehouseDraft(string Code, string Name, string NameEn);
