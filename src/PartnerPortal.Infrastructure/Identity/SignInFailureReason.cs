namespace PartnerPortal.Infrastructure.Identity;

/// <summary>Why a sign-in was refused, as recorded (the person at the form is told less: never whether the e-mail exists).</summary>
public enum SignInFailureReason
{
    UnknownUser,
    WrongPassword,
    LockedOut,
    NotAllowed,
    WrongAuthenticatorCode,
    WrongRecoveryCode,
}
