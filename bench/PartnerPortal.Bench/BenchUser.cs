using PartnerPortal.Infrastructure.Access;

namespace PartnerPortal.Bench;

/// <summary>The caller the services see: one signed-in dealer per bench task.</summary>
internal sealed class BenchUser(CurrentUser user) : ICurrentUserAccessor
{
    public Task<CurrentUser> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(user);
}
