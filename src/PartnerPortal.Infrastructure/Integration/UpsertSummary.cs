namespace PartnerPortal.Infrastructure.Integration;

/// <summary>What a bulk upsert did: rows created, rows changed, and rows that already held the values sent.</summary>
public sealed record UpsertSummary(int Created, int Updated, int Unchanged);
