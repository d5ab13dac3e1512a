using PartnerPortal.Domain.Common;
using PartnerPortal.Infrastructure.Regions;

namespace PartnerPortal.Infrastructure.Users;

public sealed record UserListItem(string Id, string Email, string DisplayName, string Role, int? PartnerId, string? PartnerCode,
    LocalName? PartnerName, IReadOnlyList<RegionOption> Regions, bool IsLockedOut, bool TwoFactorEnabled);

/// <summary>What the administrator typed into the user form; the password only when creating.</summary>
public sealed record UserDraft(string Email, string DisplayName, string Role, int? PartnerId, IReadOnlyList<int> RegionIds, string? Password = null);
