namespace PartnerPortal.Infrastructure.Integration;

/// <summary>What an admin fills in for a new key.</summary>
public sealed record ApiKeyDraft(string Name, IReadOnlyList<string> Scopes, IReadOnlyList<int> RegionIds, int RequestsPerMinute = Domain.Integration.ApiKey.DefaultRequestsPerMinute);

/// <summary>A key just created: <see cref="Key"/> is shown once and never again.</summary>
public sealed record CreatedApiKey(int Id, string Prefix, string Key);

/// <summary>A key in the admin's list (never the secret).</summary>
public sealed record ApiKeyRow(int Id, string Name, string Prefix, IReadOnlyList<string> Scopes, IReadOnlyList<int> RegionIds, int RequestsPerMinute,
    DateTimeOffset CreatedAt, string CreatedByUserName, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);

/// <summary>The caller behind a valid, unrevoked key.</summary>
public sealed record ApiCaller(int KeyId, string Name, IReadOnlyList<string> Scopes, IReadOnlyList<int> RegionIds, int RequestsPerMinute);
