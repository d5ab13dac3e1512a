using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using PartnerPortal.Infrastructure.Identity;
using PartnerPortal.Web.Account;

namespace PartnerPortal.Web.Components.Account;

/// <summary>
/// The signed-in user of a request or circuit. An open circuit outlives the cookie check of the request that opened it,
/// so the session is checked again (<see cref="SessionValidator"/>: lifetime, idle time, lock, removal, security stamp)
/// whenever a service asks who is signed in, and every minute while nothing happens. A session that no longer holds turns
/// the circuit anonymous: the service refuses, and the page goes to the sign-in form.
/// </summary>
internal sealed class IdentityRevalidatingAuthenticationStateProvider(ILoggerFactory loggerFactory, IServiceScopeFactory scopes,
        SessionValidator sessions, CircuitActivity activity)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    private Task<AuthenticationState>? _checkedState;
    private Task<AuthenticationState>? _check;

    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    public override Task<AuthenticationState> GetAuthenticationStateAsync()
    {
        var state = base.GetAuthenticationStateAsync();
        // Services a page calls side by side share one check; the next call, even a moment later, checks again.
        if (ReferenceEquals(state, _checkedState) && _check is { IsCompleted: false } running) return running;
        _checkedState = state;
        return _check = CheckAsync(state);
    }

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        IsCurrentAsync(authenticationState.User);

    private async Task<AuthenticationState> CheckAsync(Task<AuthenticationState> state)
    {
        var current = await state;
        if (await IsCurrentAsync(current.User)) return current;
        var anonymous = Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity())));
        SetAuthenticationState(anonymous);
        return await anonymous;
    }

    private async Task<bool> IsCurrentAsync(ClaimsPrincipal user)
    {
        // Nobody, or an API key: no session to end.
        if (!SessionClaims.IsSignInSession(user)) return true;
        // A new scope, so that the user is read fresh, not from a context that cached it before the change.
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        return await sessions.CheckAsync(users, user, activity.LastUsedAt) == SessionCheck.Valid;
    }
}
