namespace PartnerPortal.Domain.Catalog.Admin;

/// <summary>What an administrator typed into the category form.</summary>
public sealed record CategoryDraft(string Code, string Name, string NameEn);
