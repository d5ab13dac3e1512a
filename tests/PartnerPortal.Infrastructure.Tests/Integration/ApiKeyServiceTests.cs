using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Integration;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Integration;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Integration;

/// <summary>API keys on a real SQLite database: shown once, stored as a hash, refused when wrong or revoked, admin only, audited.</summary>
public sealed class ApiKeyServiceTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static async Task<(TestDatabase Database, ApiKeyService Keys, ManualClock Clock)> ArrangeAsync(string email = DemoUsers.Admin)
    {
        var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(email);
        var clock = new ManualClock(Start);
        return (database, new ApiKeyService(database.Get<PortalDbContextFactory>(), database.UserAccessor, clock), clock);
    }

    private static ApiKeyDraft Draft(string name = "ERP production", string[]? scopes = null, int[]? regions = null, int perMinute = 60) =>
        new(name, scopes ?? [ApiScopes.OrdersRead, ApiScopes.CatalogWrite], regions ?? [], perMinute);

    private static async Task<CreatedApiKey> CreateAsync(ApiKeyService keys, ApiKeyDraft? draft = null)
    {
        var outcome = await keys.CreateAsync(draft ?? Draft());
        Assert.True(outcome.Succeeded, string.Join(", ", outcome.Problems.Select(p => $"{p.Field}: {p.Code}")));
        return outcome.Value!;
    }

    [Fact]
    public async Task A_created_key_authenticates_as_its_name_scopes_regions_and_limit()
    {
        var (database, keys, _) = await ArrangeAsync();
        await using var _ = database;
        var east = await database.RegionIdAsync("EAST");

        var created = await CreateAsync(keys, Draft(regions: [east], perMinute: 90));

        Assert.StartsWith(ApiKeyService.KeyStart, created.Key, StringComparison.Ordinal);
        Assert.Equal(created.Key[..ApiKey.PrefixLength], created.Prefix);
        Assert.True(created.Key.Length > 40, "32 random bytes and the prefix");
        var caller = await keys.AuthenticateAsync(created.Key);
        Assert.NotNull(caller);
        Assert.Equal((created.Id, "ERP production", 90), (caller.KeyId, caller.Name, caller.RequestsPerMinute));
        Assert.Equal([ApiScopes.CatalogWrite, ApiScopes.OrdersRead], caller.Scopes.Order(StringComparer.Ordinal));
        Assert.Equal([east], caller.RegionIds);
    }

    [Fact]
    public async Task Only_the_hash_is_stored_and_the_key_appears_nowhere_in_the_table_or_the_audit_log()
    {
        var (database, keys, _) = await ArrangeAsync();
        await using var _ = database;

        var created = await CreateAsync(keys);

        var secret = created.Key[ApiKey.PrefixLength..];
        var cells = new List<string>();
        await using (var connection = new SqliteConnection("Data Source=" + database.FilePath + ";Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT * FROM ApiKeys";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                for (var i = 0; i < reader.FieldCount; i++) cells.Add(reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i))!);
        }
        Assert.NotEmpty(cells);
        Assert.DoesNotContain(cells, c => c.Contains(secret, StringComparison.Ordinal));
        await using var db = await database.CreateSystemContextAsync();
        var stored = await db.ApiKeys.AsNoTracking().SingleAsync(k => k.Id == created.Id);
        Assert.Equal(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(created.Key))), stored.SecretHash, ignoreCase: true);
        Assert.Equal(created.Prefix, stored.Prefix);
        Assert.False(await db.AuditEntries.AnyAsync(e => e.Changes.Contains(secret)));
        // Nor its hash: the log is read by more people than the key table.
        Assert.False(await db.AuditEntries.AnyAsync(e => e.Changes.Contains(stored.SecretHash)));
        Assert.DoesNotContain(await keys.ListAsync(), row => row.Prefix.Length > ApiKey.PrefixLength);
    }

    [Fact]
    public async Task A_wrong_key_with_the_right_prefix_is_refused()
    {
        var (database, keys, _) = await ArrangeAsync();
        await using var _ = database;
        var created = await CreateAsync(keys);
        var last = created.Key[^1];

        var oneCharacterOff = created.Key[..^1] + (last == 'A' ? 'B' : 'A');
        var guessed = created.Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=');

        Assert.Null(await keys.AuthenticateAsync(oneCharacterOff));
        Assert.Null(await keys.AuthenticateAsync(guessed));
        Assert.Null(await keys.AuthenticateAsync(created.Prefix));
        Assert.Null(await keys.AuthenticateAsync(created.Key + "x"));
        Assert.Null(await keys.AuthenticateAsync(""));
        Assert.Null(await keys.AuthenticateAsync(null));
        Assert.Null(await keys.AuthenticateAsync("not-a-portal-key"));
        Assert.NotNull(await keys.AuthenticateAsync(created.Key));
    }

    [Fact]
    public async Task A_revoked_key_is_refused_from_its_next_call_and_a_second_revocation_changes_nothing()
    {
        var (database, keys, clock) = await ArrangeAsync();
        await using var _ = database;
        var created = await CreateAsync(keys);
        var other = await CreateAsync(keys, Draft(name: "WMS"));
        Assert.NotNull(await keys.AuthenticateAsync(created.Key));

        Assert.True((await keys.RevokeAsync(created.Id)).Succeeded);
        clock.Advance(TimeSpan.FromHours(1));
        Assert.True((await keys.RevokeAsync(created.Id)).Succeeded);

        Assert.Null(await keys.AuthenticateAsync(created.Key));
        Assert.NotNull(await keys.AuthenticateAsync(other.Key));
        var rows = await keys.ListAsync();
        Assert.Equal(Start, rows.Single(r => r.Id == created.Id).RevokedAt);
        Assert.Null(rows.Single(r => r.Id == other.Id).RevokedAt);
        // Active keys first.
        Assert.Equal([other.Id, created.Id], rows.Select(r => r.Id));
        Assert.Equal(ProblemCodes.NotFound, Assert.Single((await keys.RevokeAsync(999_999)).Problems).Code);
    }

    public static TheoryData<string, ApiKeyDraft, string, string> InvalidDrafts => new()
    {
        { "no name", Draft(name: "  "), ProblemCodes.Required, "Name" },
        { "long name", Draft(name: new string('k', ApiKey.NameMaxLength + 1)), ProblemCodes.TooLong, "Name" },
        { "no scope", Draft(scopes: []), ProblemCodes.Required, "Scopes" },
        { "unknown scope", Draft(scopes: [ApiScopes.OrdersRead, "orders:delete"]), ProblemCodes.NotFound, "Scopes" },
        { "unknown region", Draft(regions: [999_999]), ProblemCodes.NotFound, "RegionIds" },
        { "no requests", Draft(perMinute: 0), ProblemCodes.OutOfRange, "RequestsPerMinute" },
        { "too many requests", Draft(perMinute: 10_001), ProblemCodes.OutOfRange, "RequestsPerMinute" },
    };

    [Theory]
    [MemberData(nameof(InvalidDrafts))]
    public async Task An_invalid_draft_is_refused_naming_the_field_and_nothing_is_saved(string why, ApiKeyDraft draft, string code, string field)
    {
        var (database, keys, _) = await ArrangeAsync();
        await using var _ = database;

        var outcome = await keys.CreateAsync(draft);

        Assert.False(outcome.Succeeded, why);
        Assert.Null(outcome.Value);
        Assert.Equal((code, field), (Assert.Single(outcome.Problems).Code, outcome.Problems[0].Field));
        await using var db = await database.CreateSystemContextAsync();
        Assert.False(await db.ApiKeys.AnyAsync());
        Assert.False(await db.AuditEntries.AnyAsync(e => e.EntityType == nameof(ApiKey)));
    }

    [Fact]
    public async Task The_limits_of_the_request_rate_are_accepted()
    {
        var (database, keys, _) = await ArrangeAsync();
        await using var _ = database;

        Assert.True((await keys.CreateAsync(Draft(name: "slow", perMinute: 1))).Succeeded);
        Assert.True((await keys.CreateAsync(Draft(name: "fast", perMinute: 10_000))).Succeeded);
    }

    [Theory]
    [InlineData(DemoUsers.ManagerEast)]
    [InlineData(DemoUsers.DealerP0001)]
    [InlineData(null)]
    public async Task Anyone_but_an_admin_is_refused(string? email)
    {
        var (database, keys, _) = await ArrangeAsync();
        await using var _ = database;
        var created = await CreateAsync(keys);
        if (email is null) database.SignOut();
        else await database.SignInAsync(email);

        await Assert.ThrowsAsync<ScopeViolationException>(() => keys.CreateAsync(Draft(name: "sneaky")));
        await Assert.ThrowsAsync<ScopeViolationException>(() => keys.ListAsync());
        await Assert.ThrowsAsync<ScopeViolationException>(() => keys.RevokeAsync(created.Id));

        await using var db = await database.CreateSystemContextAsync();
        var stored = await db.ApiKeys.AsNoTracking().SingleAsync();
        Assert.Equal((created.Id, (DateTimeOffset?)null), (stored.Id, stored.RevokedAt));
    }

    [Fact]
    public async Task The_last_used_time_is_written_at_most_once_a_minute()
    {
        var (database, keys, clock) = await ArrangeAsync();
        await using var _ = database;
        var created = await CreateAsync(keys);
        Assert.Null((await keys.ListAsync()).Single().LastUsedAt);

        await keys.AuthenticateAsync(created.Key);
        Assert.Equal(Start, await LastUsedAsync());

        clock.Advance(TimeSpan.FromSeconds(59));
        await keys.AuthenticateAsync(created.Key);
        Assert.Equal(Start, await LastUsedAsync());

        clock.Advance(TimeSpan.FromSeconds(1));
        await keys.AuthenticateAsync(created.Key);
        Assert.Equal(Start.AddMinutes(1), await LastUsedAsync());

        // A refused call is not a use.
        clock.Advance(TimeSpan.FromMinutes(5));
        await keys.AuthenticateAsync(created.Key[..^1] + "?");
        Assert.Equal(Start.AddMinutes(1), await LastUsedAsync());
        Assert.Equal(Start.AddMinutes(1), (await keys.ListAsync()).Single().LastUsedAt);

        async Task<DateTimeOffset?> LastUsedAsync()
        {
            await using var db = await database.CreateSystemContextAsync();
            return await db.ApiKeys.AsNoTracking().Where(k => k.Id == created.Id).Select(k => k.LastUsedAt).SingleAsync();
        }
    }

    [Fact]
    public async Task Creation_and_revocation_are_audited_with_the_admin_and_using_a_key_is_not()
    {
        var (database, keys, clock) = await ArrangeAsync();
        await using var _ = database;
        var created = await CreateAsync(keys);
        await keys.AuthenticateAsync(created.Key);
        clock.Advance(TimeSpan.FromMinutes(2));
        await keys.AuthenticateAsync(created.Key);

        await keys.RevokeAsync(created.Id);

        await using var db = await database.CreateSystemContextAsync();
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == nameof(ApiKey) && e.EntityKey == created.Id.ToString()).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([AuditAction.Created, AuditAction.Updated], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(DemoUsers.Admin, e.UserName));
        Assert.Contains("ERP production", entries[0].Changes);
        Assert.Contains(nameof(ApiKey.RevokedAt), entries[1].Changes);
        Assert.DoesNotContain(nameof(ApiKey.LastUsedAt), entries[1].Changes);
    }

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        private DateTimeOffset _now = now;

        public override DateTimeOffset GetUtcNow() => _now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

        public void Advance(TimeSpan by) => _now += by;
    }
}
