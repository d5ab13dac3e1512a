namespace PartnerPortal.Domain.Dashboards;

/// <summary>
/// The "fastest growing" and "declining most" lists. A growth list holds only partners that grew and a decline list only
/// partners that declined: with few partners in scope, taking the top and bottom of one sorted list would put a partner
/// that shrank among the growing and one that grew among the declining.
/// </summary>
public static class GrowthRanking
{
    /// <summary>Items with a growth above zero, largest first, ties by <paramref name="key"/> (ordinal); at most <paramref name="size"/>.</summary>
    public static IReadOnlyList<T> Growing<T>(IEnumerable<T> items, Func<T, decimal?> growth, Func<T, string> key, int size)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(growth);
        ArgumentNullException.ThrowIfNull(key);
        return items.Where(i => growth(i) > 0m)
            .OrderByDescending(growth).ThenBy(key, StringComparer.Ordinal).Take(size).ToList();
    }

    /// <summary>Items with a growth below zero, steepest decline first, ties by <paramref name="key"/> (ordinal); at most <paramref name="size"/>.</summary>
    public static IReadOnlyList<T> Declining<T>(IEnumerable<T> items, Func<T, decimal?> growth, Func<T, string> key, int size)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(growth);
        ArgumentNullException.ThrowIfNull(key);
        return items.Where(i => growth(i) < 0m)
            .OrderBy(growth).ThenBy(key, StringComparer.Ordinal).Take(size).ToList();
    }
}
