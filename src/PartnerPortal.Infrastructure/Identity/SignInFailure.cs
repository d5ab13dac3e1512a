namespace PartnerPortal.Infrastructure.Identity;

/// <summary>One refused sign-in: the login as typed, the user it named (if any), why, and from which address.</summary>
public sealed record SignInFailure(string Login, string? UserId, SignInFailureReason Reason, string? Address);
