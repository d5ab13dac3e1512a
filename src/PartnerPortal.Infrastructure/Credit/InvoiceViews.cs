using PartnerPortal.Domain.Common;

namespace PartnerPortal.Infrastructure.Credit;

/// <summary>Filters of the invoice list besides paging: overdue invoices only, or all with something open.</summary>
public sealed record InvoiceFilter(bool OverdueOnly = false, int? PartnerId = null, int? RegionId = null);

/// <summary>An open invoice as the invoice list shows it; <see cref="DaysOverdue"/> is 0 until it falls due.</summary>
public sealed record InvoiceListItem(int Id, string Number, int PartnerId, string PartnerCode, LocalName PartnerName, string RegionName,
    string RegionNameEn, DateOnly Date, DateOnly DueDate, decimal Amount, decimal OpenAmount, int DaysOverdue);

/// <summary>One page of the invoice list, with the count and open amount of every invoice the filters match.</summary>
public sealed record InvoicePage(IReadOnlyList<InvoiceListItem> Items, int TotalCount, decimal OpenAmountTotal);
