using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Partners;

namespace PartnerPortal.Infrastructure.Partners;

/// <summary>A row of the partner list; <see cref="LastOrderAt"/> is when its latest order (drafts aside) was submitted.</summary>
public sealed record PartnerListItem(int Id, string Code, string Name, string NameEn, PartnerType Type, PartnerTier Tier,
    PartnerStatus Status, CreditRating CreditRating, string RegionName, string RegionNameEn, LocalName? ParentName,
    DateTimeOffset? LastOrderAt = null);

/// <summary>Everything the partner profile page shows.</summary>
public sealed record PartnerDetails(int Id, string Code, string Name, string NameEn, PartnerType Type, PartnerTier Tier,
    PartnerStatus Status, CreditRating CreditRating, int RegionId, string RegionName, string RegionNameEn,
    int? ParentPartnerId, string? ParentCode, LocalName? ParentName,
    IReadOnlyList<ContactView> Contacts, IReadOnlyList<PartnerRef> SubPartners);

public sealed record ContactView(string Name, string Title, string Phone, string Email, bool IsPrimary);

public sealed record PartnerRef(int Id, string Code, LocalName Name);

/// <summary>
/// Filters of the partner list besides paging. <see cref="SilentDays"/>: only active partners without an order for that
/// many days (<see cref="SilentPartners"/>, the dashboards' rule).
/// </summary>
public sealed record PartnerFilter(int? RegionId = null, PartnerType? Type = null, PartnerStatus? Status = null, int? SilentDays = null,
    PartnerTier? Tier = null);
