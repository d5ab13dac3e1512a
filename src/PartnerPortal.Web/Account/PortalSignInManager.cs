using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PartnerPortal.Infrastructure.Identity;

namespace PartnerPortal.Web.Account;

/// <summary>
/// Identity's sign-in with two changes. An unknown e-mail, or a locked-out user, costs a password hash like a wrong
/// password does: Identity answers those at once, so the time of the answer told whether an e-mail had an account.
/// And every refused sign-in (password, authenticator code, recovery code) is logged and audited through
/// <see cref="SignInFailureLog"/>, without the password.
/// </summary>
public sealed class PortalSignInManager(UserManager<PortalUser> userManager, IHttpContextAccessor contextAccessor,
        IUserClaimsPrincipalFactory<PortalUser> claimsFactory, IOptions<IdentityOptions> optionsAccessor, ILogger<SignInManager<PortalUser>> logger,
        IAuthenticationSchemeProvider schemes, IUserConfirmation<PortalUser> confirmation, SignInFailureLog failures)
    : SignInManager<PortalUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    // A hash of a password nobody knows, made once with the default hasher's settings; only the time of checking it matters.
    private static readonly Lazy<string> UnknownUserHash =
        new(() => new PasswordHasher<PortalUser>().HashPassword(new PortalUser(), Guid.NewGuid().ToString("N")));

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            SpendPasswordCheck(password);
            await RecordAsync(userName, null, SignInFailureReason.UnknownUser);
            return SignInResult.Failed;
        }
        var result = await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        if (!result.Succeeded && !result.RequiresTwoFactor)
            await RecordAsync(userName, user.Id, result.IsLockedOut ? SignInFailureReason.LockedOut
                : result.IsNotAllowed ? SignInFailureReason.NotAllowed : SignInFailureReason.WrongPassword);
        return result;
    }

    public override async Task<SignInResult> CheckPasswordSignInAsync(PortalUser user, string password, bool lockoutOnFailure)
    {
        // Identity refuses a locked-out user before checking the password: check one anyway, so the answer takes as long.
        if (UserManager.SupportsUserLockout && await UserManager.IsLockedOutAsync(user)) SpendPasswordCheck(password);
        return await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
    }

    public override async Task<SignInResult> TwoFactorAuthenticatorSignInAsync(string code, bool isPersistent, bool rememberClient)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var result = await base.TwoFactorAuthenticatorSignInAsync(code, isPersistent, rememberClient);
        if (!result.Succeeded && user is not null)
            await RecordAsync(user.UserName ?? "", user.Id, result.IsLockedOut ? SignInFailureReason.LockedOut : SignInFailureReason.WrongAuthenticatorCode);
        return result;
    }

    public override async Task<SignInResult> TwoFactorRecoveryCodeSignInAsync(string recoveryCode)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var result = await base.TwoFactorRecoveryCodeSignInAsync(recoveryCode);
        if (!result.Succeeded && user is not null)
            await RecordAsync(user.UserName ?? "", user.Id, result.IsLockedOut ? SignInFailureReason.LockedOut : SignInFailureReason.WrongRecoveryCode);
        return result;
    }

    private void SpendPasswordCheck(string password) =>
        UserManager.PasswordHasher.VerifyHashedPassword(new PortalUser(), UnknownUserHash.Value, password ?? "");

    // Not cancelled with the request: a client that hangs up right after a wrong guess must still be on record.
    private Task RecordAsync(string login, string? userId, SignInFailureReason reason) =>
        failures.RecordAsync(new SignInFailure(login ?? "", userId, reason, Context.Connection.RemoteIpAddress?.ToString()), CancellationToken.None);
}
