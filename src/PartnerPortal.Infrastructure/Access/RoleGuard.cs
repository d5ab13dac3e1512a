namespace PartnerPortal.Infrastructure.Access;

/// <summary>Checks a role inside a service call: Blazor event handlers can be invoked by a forged message.</summary>
public static class RoleGuard
{
    public static void Require(CurrentUser user, string role)
    {
        if (!user.IsInRole(role)) throw new ScopeViolationException($"This action needs the {role} role.");
    }
}
