using Microsoft.EntityFrameworkCore;
using PartnerPortal.Infrastructure.Integration;
using PartnerPortal.Infrastructure.Tests.Data;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Integration;

/// <summary>
/// The feed's change rows are read with a locking read on SQL Server, so that a change inserted but not yet committed makes the
/// reader wait instead of being passed over (IDENTITY values are not handed out in commit order there). SQLite needs no hint:
/// its single writer commits change rows in id order.
/// </summary>
public sealed class OrderFeedSqlTests
{
    [Fact]
    public void On_SQL_Server_the_change_rows_are_read_with_READCOMMITTEDLOCK()
    {
        using var db = MigrationTests.CreateSqlServerContext();

        var sql = OrderFeedService.ChangedSince(db, 10, 3).ToQueryString();

        Assert.Contains("FROM [OrderChanges] WITH (READCOMMITTEDLOCK)", sql);
        Assert.Contains("GROUP BY", sql);
    }

    [Fact]
    public async Task On_SQLite_the_change_rows_are_read_plainly()
    {
        await using var database = await TestDatabase.CreateAsync(initialize: false);
        await using var db = database.CreateRawContext();

        var sql = OrderFeedService.ChangedSince(db, 10, 3).ToQueryString();

        Assert.DoesNotContain("READCOMMITTEDLOCK", sql);
        Assert.Contains("\"OrderChanges\"", sql);
    }
}
