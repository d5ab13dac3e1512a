using PartnerPortal.Domain.Access;

namespace PartnerPortal.Infrastructure.Access;

/// <summary>The signed-in user as the claims describe them.</summary>
/// <param name="IntegrationRegionIds">For an API key (role <see cref="PortalRoles.Integration"/>): the regions it is restricted to, empty for all.</param>
public sealed record CurrentUser(string? UserId, string UserName, IReadOnlyCollection<string> Roles, IReadOnlyList<int>? IntegrationRegionIds = null)
{
    public bool IsIntegration => Roles.Contains(PortalRoles.Integration);
    public static CurrentUser Anonymous { get; } = new(null, "anonymous", []);

    public bool IsAuthenticated => UserId is not null;
    public bool IsAdmin => Roles.Contains(PortalRoles.Admin);
    public bool IsInRole(string role) => Roles.Contains(role);
    public Actor Actor => UserId is null ? Actor.Anonymous : new Actor(UserId, UserName);
}
