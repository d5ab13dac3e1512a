namespace PartnerPortal.Infrastructure.Common;

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int TotalCount);
