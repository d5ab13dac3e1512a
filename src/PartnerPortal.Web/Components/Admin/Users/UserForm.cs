using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Common;
using PartnerPortal.Infrastructure.Partners;
using PartnerPortal.Infrastructure.Users;

namespace PartnerPortal.Web.Components.Admin.Users;

/// <summary>The user panel's bindable values.</summary>
public sealed class UserForm
{
    public string? Id { get; init; }
    public string Email { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Role { get; set; } = PortalRoles.Dealer;
    public PartnerRef? Partner { get; set; }
    public IReadOnlyCollection<int> RegionIds { get; set; } = [];
    public string Password { get; set; } = "";

    public bool IsNew => Id is null;

    public static UserForm From(UserListItem u) => new()
    {
        Id = u.Id, Email = u.Email, DisplayName = u.DisplayName, Role = u.Role,
        Partner = u.PartnerId is { } id ? new PartnerRef(id, u.PartnerCode ?? "", u.PartnerName ?? new LocalName("", null)) : null,
    };

    public UserDraft ToDraft() => new(Email, DisplayName, Role, Partner?.Id, RegionIds.ToList(), IsNew ? Password : null);
}
