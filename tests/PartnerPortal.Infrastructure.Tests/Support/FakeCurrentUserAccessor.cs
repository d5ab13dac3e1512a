using PartnerPortal.Infrastructure.Access;

namespace PartnerPortal.Infrastructure.Tests.Support;

/// <summary>Stands in for the web app's accessor: the test decides who is signed in, and may switch.</summary>
public sealed class FakeCurrentUserAccessor : ICurrentUserAccessor
{
    public CurrentUser User { get; set; } = CurrentUser.Anonymous;

    public Task<CurrentUser> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(User);
}
