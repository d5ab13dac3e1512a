namespace PartnerPortal.Domain.Common;

/// <summary>
/// One thing wrong with an input: a stable code the UI translates, the field it concerns, and
/// values to put into the message (e.g. the maximum length).
/// </summary>
public sealed record Problem(string Code, string? Field = null, params object[] Args);
