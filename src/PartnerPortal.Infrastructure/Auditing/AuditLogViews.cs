using PartnerPortal.Domain.Auditing;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Infrastructure.Auditing;

/// <summary>The audit log's filters, shared by the list and its Excel export so that both hold the same entries.</summary>
/// <param name="User">The stored actor name: a user's sign-in name, "api:&lt;key name&gt;" or "system:&lt;job&gt;".</param>
/// <param name="From">First local day, included.</param>
/// <param name="To">Last local day, included.</param>
public sealed record AuditLogFilter(int? PartnerId = null, string? EntityType = null, string? User = null, DateOnly? From = null,
    DateOnly? To = null, AuditAction? Action = null);

/// <summary>One entry as the audit log shows it: who, when, what, and the fields before and after.</summary>
public sealed record AuditLogItem(long Id, DateTimeOffset OccurredAt, AuditActor Actor, string EntityType, string EntityKey,
    AuditAction Action, AuditPartner? Partner, IReadOnlyList<AuditFieldChange> Fields);

/// <summary>The partner an entry belongs to.</summary>
public sealed record AuditPartner(int Id, string Code, LocalName Name);

/// <summary>A choice of the user filter: the stored actor name and how it reads.</summary>
public sealed record AuditUserOption(string UserName, AuditActor Actor);

/// <summary>What the filters can choose from, among the entries the caller may see.</summary>
public sealed record AuditLogChoices(IReadOnlyList<string> EntityTypes, IReadOnlyList<AuditUserOption> Users);
