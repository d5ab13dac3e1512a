namespace PartnerPortal.Domain.Auditing;

/// <summary>
/// One field of an audit entry, as a reader compares it: the value before and after, as text (null when that side has no
/// value, e.g. before a row was created), and whether the two differ.
/// </summary>
public sealed record AuditFieldChange(string Field, string? Before, string? After, bool Changed);
