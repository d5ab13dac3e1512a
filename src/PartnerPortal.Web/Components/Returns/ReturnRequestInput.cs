using Microsoft.AspNetCore.Components.Forms;
using PartnerPortal.Domain.Returns;

namespace PartnerPortal.Web.Components.Returns;

/// <summary>What the return form holds when sent: the quantities typed per shipped line (0 = not returned), the reason, note and photos.</summary>
public sealed record ReturnRequestInput(IReadOnlyList<RequestedReturnLine> Lines, ReturnReason? Reason, string? Note, IReadOnlyList<IBrowserFile> Photos);
