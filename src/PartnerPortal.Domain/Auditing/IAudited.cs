namespace PartnerPortal.Domain.Auditing;

/// <summary>Marks an entity whose every insert, change and delete is written to the audit log.</summary>
public interface IAudited;
