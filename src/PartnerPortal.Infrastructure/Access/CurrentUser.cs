using PartnerPortal.Domain.Access;

namespace PartnerPortal.Infrastructure.Access;

/// <summary>The signed-in user as the claims describe them.</summary>
public sealed record CurrentUser(string? UserId, string UserName, IReadOnlyCollection<string> Roles)
{
    public static CurrentUser Anonymous { get; } = new(null, "anonymous", []);

    public bool IsAuthenticated => UserId is not null;
    public bool IsAdmin => Roles.Contains(PortalRoles.Admin);
    public bool IsInRole(string role) => Roles.Contains(role);
    public Actor Actor => UserId is null ? Actor.Anonymous : new Actor(UserId, UserName);
}
