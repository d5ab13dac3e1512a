namespace PartnerPortal.Domain.Access;

/// <summary>Whether a sign-in still holds, and if not, which limit ended it.</summary>
public enum SessionStanding
{
    Active,
    IdleTooLong,
    LifetimeOver,
}
