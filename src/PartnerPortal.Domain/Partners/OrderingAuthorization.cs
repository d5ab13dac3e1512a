namespace PartnerPortal.Domain.Partners;

/// <summary>Whether the partner's dealer authorization lets it order; when not, the authorization that ran out.</summary>
public sealed record OrderingAuthorization(bool Blocked, string? Number, DateOnly? ExpiredOn)
{
    public static OrderingAuthorization Allowed { get; } = new(false, null, null);

    public static OrderingAuthorization BlockedBy(AuthorizationOnFile authorization)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        return new(true, authorization.Number, authorization.ExpiresOn);
    }
}
