namespace PartnerPortal.Infrastructure.Access;

/// <summary>Thrown when code tries to write a row outside the caller's scope, or lacks the role for a command.</summary>
public sealed class ScopeViolationException(string message) : Exception(message);
