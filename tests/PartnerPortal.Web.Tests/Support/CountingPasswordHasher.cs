using Microsoft.AspNetCore.Identity;
using PartnerPortal.Infrastructure.Identity;

namespace PartnerPortal.Web.Tests.Support;

/// <summary>Identity's password hasher, counting how often a password is checked.</summary>
public sealed class CountingPasswordHasher : IPasswordHasher<PortalUser>
{
    private readonly PasswordHasher<PortalUser> _inner = new();
    private int _verifications;

    public int Verifications => Volatile.Read(ref _verifications);

    public string HashPassword(PortalUser user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(PortalUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verifications);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
