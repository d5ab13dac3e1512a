using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using PartnerPortal.Domain.Regions;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Ordering;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Ordering.OrderingTestKit;

namespace PartnerPortal.Infrastructure.Tests.Data;

/// <summary>
/// SQLite writers of one database wait at its writer gate, in the order they came, instead of polling for SQLite's lock;
/// the gate opens again however a write ends, and a writer that stops waiting never takes it.
/// </summary>
public sealed class SqliteWriterGateTests
{
    [Fact]
    public async Task Writers_waiting_for_the_database_write_in_the_order_they_came()
    {
        await using var database = await TestDatabase.CreateAsync(demoData: false);
        var gate = GateOf(database);
        var writers = new List<Task>();
        await using (var first = await database.CreateSystemContextAsync())
        await using (var tx = await first.Database.BeginTransactionAsync())
        {
            Assert.True(gate.IsHeld);
            for (var i = 0; i < 4; i++)
            {
                var code = $"W{i}";
                writers.Add(Task.Run(() => AddRegionAsync(database, code)));
                await WaitUntilAsync(() => gate.Waiting == writers.Count);
            }
            first.Regions.Add(NewRegion("W-first"));
            await first.SaveChangesAsync();
            await tx.CommitAsync();
        }
        await Task.WhenAll(writers);

        await using var db = await database.CreateSystemContextAsync();
        Assert.Equal(["W-first", "W0", "W1", "W2", "W3"],
            await db.Regions.Where(r => r.Code.StartsWith("W")).OrderBy(r => r.Id).Select(r => r.Code).ToListAsync());
        Assert.False(gate.IsHeld);
    }

    [Fact]
    public async Task The_gate_opens_again_after_a_commit_a_rollback_an_abandoned_transaction_a_failed_save_and_a_bulk_update()
    {
        await using var database = await TestDatabase.CreateAsync(demoData: false);
        var gate = GateOf(database);
        await using var db = await database.CreateSystemContextAsync();

        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            Assert.True(gate.IsHeld);
            await tx.CommitAsync();
            Assert.False(gate.IsHeld);
        }
        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            await tx.RollbackAsync();
            Assert.False(gate.IsHeld);
        }
        await using (await db.Database.BeginTransactionAsync())
            Assert.True(gate.IsHeld); // left without commit or rollback
        Assert.False(gate.IsHeld);

        db.Regions.Add(NewRegion("DUP"));
        await db.SaveChangesAsync();
        Assert.False(gate.IsHeld);
        await using (var other = await database.CreateSystemContextAsync())
        {
            other.Regions.Add(NewRegion("DUP"));
            await Assert.ThrowsAsync<DbUpdateException>(() => other.SaveChangesAsync());
        }
        Assert.False(gate.IsHeld);

        Assert.Equal(1, await db.Regions.Where(r => r.Code == "DUP").ExecuteUpdateAsync(s => s.SetProperty(r => r.NameEn, "Renamed")));
        Assert.False(gate.IsHeld);

        // And the database still takes writes: nothing was left holding SQLite's own lock either.
        await AddRegionAsync(database, "AFTER");
        Assert.False(gate.IsHeld);
    }

    [Fact]
    public async Task A_writer_that_stops_waiting_leaves_the_line_and_never_takes_the_gate()
    {
        await using var database = await TestDatabase.CreateAsync(demoData: false);
        var gate = GateOf(database);
        using var giveUp = new CancellationTokenSource();
        await using (var first = await database.CreateSystemContextAsync())
        await using (var tx = await first.Database.BeginTransactionAsync())
        {
            var waiting = Task.Run(async () =>
            {
                await using var second = await database.CreateSystemContextAsync();
                await using var never = await second.Database.BeginTransactionAsync(giveUp.Token);
            });
            await WaitUntilAsync(() => gate.Waiting == 1);

            await giveUp.CancelAsync();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
            Assert.Equal(0, gate.Waiting);
            await tx.CommitAsync();
        }
        Assert.False(gate.IsHeld);
        await AddRegionAsync(database, "NEXT");
        Assert.False(gate.IsHeld);
    }

    [Fact]
    public async Task Sixteen_dealers_submitting_at_once_all_get_their_order_and_leave_the_gate_open()
    {
        await using var database = await TestDatabase.CreateAsync();
        var partners = new[] { "P0001", "P0003", "P0005", "P0009" };
        var dealers = new List<Support.FakeCurrentUserAccessor>();
        foreach (var code in partners)
        {
            dealers.Add(await DealerOfAsync(database, code));
            await SetCreditAsync(database, code, a => a.Balance + 10_000_000m);
        }
        var ac = await ProductAsync(database, "AC-1001");
        await SetStockAsync(database, ac.Id, 1_000);

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() =>
            SubmissionsFor(database, dealers[i % dealers.Count]).SubmitAsync(new OrderRequest($"at-once-{i}", [new RequestedLine(ac.Id, 2)])))));

        Assert.All(results, r => Assert.Equal(SubmissionOutcome.Approved, r.Outcome));
        Assert.Equal(16, results.Select(r => r.OrderNumber).Distinct().Count());
        Assert.Equal(1_000 - 32, (await ProductAsync(database, "AC-1001")).Available);
        Assert.False(GateOf(database).IsHeld);
    }

    [Fact]
    public void Only_sqlite_contexts_pass_the_writer_gate_and_save_in_a_transaction()
    {
        using var sqlServer = new ProviderDbContextFactory(new DatabaseOptions
        {
            Provider = DatabaseProvider.SqlServer,
            ConnectionString = "Server=localhost;Database=PartnerPortal;Trusted_Connection=True;TrustServerCertificate=True",
        }, []).CreateDbContext();
        using var sqlite = new ProviderDbContextFactory(new DatabaseOptions { ConnectionString = "Data Source=never-opened.db" }, [])
            .CreateDbContext();

        Assert.DoesNotContain(InterceptorsOf(sqlServer), i => i is SqliteWriterGateInterceptor);
        Assert.Equal(AutoTransactionBehavior.WhenNeeded, sqlServer.Database.AutoTransactionBehavior);
        Assert.Contains(InterceptorsOf(sqlite), i => i is SqliteWriterGateInterceptor);
        Assert.Equal(AutoTransactionBehavior.Always, sqlite.Database.AutoTransactionBehavior);
    }

    private static SqliteWriterGate GateOf(TestDatabase database) => SqliteWriterGate.For("Data Source=" + database.FilePath);

    private static IEnumerable<object> InterceptorsOf(DbContext db) =>
        db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors ?? [];

    private static Region NewRegion(string code) => new() { Code = code, Name = code, NameEn = code };

    private static async Task AddRegionAsync(TestDatabase database, string code)
    {
        await using var db = await database.CreateSystemContextAsync();
        await using var tx = await db.Database.BeginTransactionAsync();
        db.Regions.Add(NewRegion(code));
        await db.SaveChangesAsync();
        await tx.CommitAsync();
    }

    /// <summary>Waits for other tasks to reach a state (a writer queued at the gate); the test asserts order, never time.</summary>
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; !condition(); i++)
        {
            if (i == 3_000) throw new InvalidOperationException("The expected state was never reached.");
            await Task.Delay(10);
        }
    }
}
