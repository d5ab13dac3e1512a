using Microsoft.AspNetCore.WebUtilities;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Infrastructure.Auditing;
using PartnerPortal.Web.Components.Shared;

namespace PartnerPortal.Web.Auditing;

/// <summary>
/// The audit log's filters in an address (<c>?partnerId=&amp;entityType=&amp;user=&amp;from=&amp;to=&amp;action=</c>), shared by
/// the page, its export and the links to it (a partner's page), so that a link opens the list already filtered.
/// </summary>
public static class AuditLogAddress
{
    public const string PagePath = "/admin/audit";
    public const string ExportPath = "/exports/audit.xlsx";

    public const string PartnerId = "partnerId";
    public const string EntityType = "entityType";
    public const string User = "user";
    public const string From = "from";
    public const string To = "to";
    public const string Action = "action";

    /// <summary>Longest entity type or actor name kept from an address (the columns' own lengths).</summary>
    private const int MaxText = 256;

    /// <summary>The filters of an address; a value that does not read (partnerId=abc, action=Nonsense) is left out.</summary>
    public static AuditLogFilter Read(string? partnerId, string? entityType, string? user, string? from, string? to, string? action) =>
        new(ListQuery.ReadId(partnerId), Text(entityType), Text(user), ListQuery.ReadDay(from), ListQuery.ReadDay(to),
            ListQuery.ReadEnum<AuditAction>(action));

    /// <summary>The query values of a filter, null for those not set.</summary>
    public static (string Name, string? Value)[] Values(AuditLogFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return
        [
            (PartnerId, ListQuery.Write(filter.PartnerId)), (EntityType, filter.EntityType), (User, filter.User),
            (From, ListQuery.Write(filter.From)), (To, ListQuery.Write(filter.To)), (Action, ListQuery.WriteEnum(filter.Action)),
        ];
    }

    /// <summary>The page with these filters, e.g. a partner's entries.</summary>
    public static string Page(AuditLogFilter filter) => With(PagePath, filter);

    /// <summary>The Excel export of the list with these filters.</summary>
    public static string Export(AuditLogFilter filter) => With(ExportPath, filter);

    private static string With(string path, AuditLogFilter filter) =>
        QueryHelpers.AddQueryString(path, Values(filter).Where(v => v.Value is not null)
            .Select(v => new KeyValuePair<string, string?>(v.Name, v.Value)));

    private static string? Text(string? value) =>
        string.IsNullOrWhiteSpace(value) || value.Trim().Length > MaxText ? null : value.Trim();
}
