namespace PartnerPortal.Infrastructure.Regions;

/// <summary>A region with how many partners it holds and who manages it.</summary>
public sealed record RegionListItem(int Id, string Code, string Name, string NameEn, int PartnerCount, IReadOnlyList<string> Managers);

public sealed record RegionOption(int Id, string Code, string Name, string NameEn);

public sealed record RegionDraft(string Code, string Name, string NameEn);
