using PartnerPortal.Domain.Common;

namespace PartnerPortal.Infrastructure.Common;

/// <summary>One page of a server-side list: zero-based page, size, sort column and a search text.</summary>
public sealed record PageRequest(int Page = 0, int PageSize = 25, string? SortBy = null, bool Descending = false, string? Search = null)
{
    public const int MaxPageSize = 200;

    public int SafePageSize => Math.Clamp(PageSize, 1, MaxPageSize);
    public int Skip => Math.Max(Page, 0) * SafePageSize;
    /// <summary>The search as typed, trimmed, with full-width letters and digits as ASCII: codes and numbers are stored so.</summary>
    public string? SearchText => string.IsNullOrWhiteSpace(Search) ? null : TypedNumber.Normalize(Search);

    /// <summary>A LIKE pattern matching the search text anywhere, with its wildcards taken literally.</summary>
    public string? SearchPattern => SearchText is { } text
        ? "%" + text.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_") + "%"
        : null;

    /// <summary>The escape character of <see cref="SearchPattern"/>.</summary>
    public const string LikeEscape = @"\";
}
