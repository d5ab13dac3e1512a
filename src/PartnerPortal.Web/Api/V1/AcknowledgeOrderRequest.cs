namespace PartnerPortal.Web.Api.V1;

/// <summary>The body of <c>POST /api/v1/orders/{number}/acknowledge</c>.</summary>
/// <param name="ErpOrderNumber">The order's number in the ERP (at most 50 characters).</param>
public sealed record AcknowledgeOrderRequest(string? ErpOrderNumber);
