namespace PartnerPortal.Web.Account;

/// <summary>Whether a sign-in still holds, and if not, why it ended.</summary>
public enum SessionCheck
{
    Valid,
    /// <summary>Older than the sign-in's lifetime, or made before sign-ins carried their time.</summary>
    Expired,
    IdleTooLong,
    UserRemoved,
    UserLocked,
    /// <summary>The user's security stamp changed: a new password, a lock, a changed role or partner.</summary>
    CredentialsChanged,
}
