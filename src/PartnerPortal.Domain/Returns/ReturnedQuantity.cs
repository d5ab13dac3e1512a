namespace PartnerPortal.Domain.Returns;

/// <summary>One earlier return line of the same shipped line: its return's status, what was asked and what came back.</summary>
public sealed record ReturnedQuantity(ReturnStatus Status, int Requested, int? Received);
