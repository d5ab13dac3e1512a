namespace PartnerPortal.Domain.Partners;

/// <summary>What an administrator typed into the partner form.</summary>
public sealed record PartnerDraft(
    string Code,
    string Name,
    string NameEn,
    PartnerType Type,
    PartnerTier Tier,
    PartnerStatus Status,
    CreditRating CreditRating,
    int RegionId,
    int? ParentPartnerId,
    IReadOnlyList<ContactDraft> Contacts);

public sealed record ContactDraft(string Name, string Title, string Phone, string Email, bool IsPrimary);

/// <summary>The facts about a chosen parent partner that the rules need.</summary>
public sealed record ParentFacts(int Id, PartnerType Type, int RegionId);
