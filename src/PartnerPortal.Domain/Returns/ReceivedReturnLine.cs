namespace PartnerPortal.Domain.Returns;

/// <summary>What the warehouse counted in of one return line, and what it does with it.</summary>
public sealed record ReceivedReturnLine(int ReturnLineId, int Quantity, ReturnDisposition Disposition);
