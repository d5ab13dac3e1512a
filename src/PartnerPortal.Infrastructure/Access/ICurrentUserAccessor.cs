namespace PartnerPortal.Infrastructure.Access;

/// <summary>Reads the signed-in user; the web app implements it from the authentication state.</summary>
public interface ICurrentUserAccessor
{
    Task<CurrentUser> GetAsync(CancellationToken cancellationToken = default);
}
