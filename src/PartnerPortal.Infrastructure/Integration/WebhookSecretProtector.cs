using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace PartnerPortal.Infrastructure.Integration;

/// <summary>
/// Protects webhook signing secrets for storage with the portal's Data Protection key ring, so that the database alone
/// does not give away the keys receivers trust. The purpose isolates them from every other protected value (cookies,
/// tokens); changing it makes every stored secret unreadable.
/// </summary>
public sealed class WebhookSecretProtector(IDataProtectionProvider provider)
{
    public const string Purpose = "PartnerPortal.Integration.WebhookSecret.v1";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    /// <summary>The form stored in <see cref="Domain.Integration.WebhookEndpoint.ProtectedSecret"/>.</summary>
    public string Protect(string plain)
    {
        ArgumentNullException.ThrowIfNull(plain);
        return _protector.Protect(plain);
    }

    /// <summary>
    /// Reads a stored secret. False when the key ring cannot: its key was lost or belongs to another key ring, the value
    /// was altered, or it is not a protected value at all (a secret stored in plain text before secrets were protected).
    /// </summary>
    public bool TryUnprotect(string stored, out string plain)
    {
        plain = "";
        if (string.IsNullOrEmpty(stored)) return false;
        try
        {
            plain = _protector.Unprotect(stored);
            return true;
        }
        catch (CryptographicException)
        {
            return false;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
