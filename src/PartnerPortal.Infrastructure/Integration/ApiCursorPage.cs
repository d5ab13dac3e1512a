namespace PartnerPortal.Infrastructure.Integration;

/// <summary>One page of a list read by cursor: the orders feed, rebate accruals and settlements.</summary>
/// <param name="NextCursor">Pass as <c>after</c> for the next page: the last item's token (the <c>after</c> sent when the page is empty).</param>
/// <param name="HasMore">More items were waiting when this page was read; ask again at once.</param>
public sealed record ApiCursorPage<T>(IReadOnlyList<T> Items, long NextCursor, bool HasMore);
