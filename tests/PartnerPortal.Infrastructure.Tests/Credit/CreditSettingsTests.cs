using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;
using static PartnerPortal.Infrastructure.Tests.Ordering.OrderingTestKit;

namespace PartnerPortal.Infrastructure.Tests.Credit;

/// <summary>P0003 (EAST): limit 200,000.00, hard mode, 30 days' terms, 7 grace days.</summary>
public sealed class CreditSettingsTests
{
    [Fact]
    public async Task A_new_limit_is_saved_and_audited_with_the_values_before_and_after()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p3 = await database.PartnerIdAsync("P0003");
        var before = await CreditAsync(database, "P0003");

        var outcome = await CreditSettings(database, await CallerAsync(database, DemoUsers.ManagerEast))
            .UpdateAsync(p3, new CreditSettings(250_000.00m, CreditMode.Soft, 45, 10));

        Assert.True(outcome.Succeeded);
        var after = await CreditAsync(database, "P0003");
        Assert.Equal((250_000.00m, CreditMode.Soft, 45, 10), (after.CreditLimit, after.Mode, after.PaymentTermsDays, after.GraceDays));
        Assert.Equal(before.Version + 1, after.Version);

        await using var db = await database.CreateSystemContextAsync();
        var entry = await db.AuditEntries.AsNoTracking()
            .SingleAsync(e => e.EntityType == nameof(CreditAccount) && e.EntityKey == before.Id.ToString() && e.Action == AuditAction.Updated);
        Assert.Equal(DemoUsers.ManagerEast, entry.UserName);
        using var changes = JsonDocument.Parse(entry.Changes);
        var limit = changes.RootElement.GetProperty(nameof(CreditAccount.CreditLimit));
        Assert.Equal((200_000.00m, 250_000.00m), (limit.GetProperty("old").GetDecimal(), limit.GetProperty("new").GetDecimal()));
        Assert.Equal(30, changes.RootElement.GetProperty(nameof(CreditAccount.PaymentTermsDays)).GetProperty("old").GetInt32());
    }

    [Fact]
    public async Task Out_of_range_settings_are_named_field_by_field_and_nothing_is_saved()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p3 = await database.PartnerIdAsync("P0003");
        var service = CreditSettings(database, await CallerAsync(database, DemoUsers.ManagerEast));

        var wrong = await service.UpdateAsync(p3, new CreditSettings(-1m, CreditMode.Hard, 366, 91));
        var cents = await service.UpdateAsync(p3, new CreditSettings(1_000.001m, CreditMode.Hard, 0, 0));
        var mode = await service.UpdateAsync(p3, new CreditSettings(1_000m, (CreditMode)7, 365, 90));

        Assert.Equal(
            [(ProblemCodes.NegativeAmount, "CreditLimit"), (ProblemCodes.OutOfRange, "PaymentTermsDays"), (ProblemCodes.OutOfRange, "GraceDays")],
            wrong.Problems.Select(p => (p.Code, p.Field)));
        Assert.Equal(new object[] { 0, 365 }, wrong.Problems[1].Args);
        Assert.Equal(new object[] { 0, 90 }, wrong.Problems[2].Args);
        Assert.Equal((ProblemCodes.TooManyDecimals, "CreditLimit"), (Assert.Single(cents.Problems).Code, cents.Problems[0].Field));
        Assert.Equal((ProblemCodes.Required, "Mode"), (Assert.Single(mode.Problems).Code, mode.Problems[0].Field));
        var account = await CreditAsync(database, "P0003");
        Assert.Equal((200_000.00m, 30, 7), (account.CreditLimit, account.PaymentTermsDays, account.GraceDays));
        await using var db = await database.CreateSystemContextAsync();
        Assert.False(await db.AuditEntries.AnyAsync(e =>
            e.EntityType == nameof(CreditAccount) && e.EntityKey == account.Id.ToString() && e.Action == AuditAction.Updated));
    }

    [Fact]
    public async Task A_partner_without_an_account_gets_one()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p14 = await database.PartnerIdAsync("P0014");
        await using (var arrange = await database.CreateSystemContextAsync())
        {
            arrange.CreditAccounts.Remove(await arrange.CreditAccounts.SingleAsync(a => a.PartnerId == p14));
            await arrange.SaveChangesAsync();
        }

        var outcome = await CreditSettings(database, await CallerAsync(database, DemoUsers.Admin))
            .UpdateAsync(p14, new CreditSettings(150_000.00m, CreditMode.Hard, 30, 7));

        Assert.True(outcome.Succeeded);
        var account = await CreditAsync(database, "P0014");
        Assert.Equal((150_000.00m, 0m, 0m), (account.CreditLimit, account.Balance, account.ApprovedUninvoiced));
        await using var db = await database.CreateSystemContextAsync();
        Assert.True(await db.AuditEntries.AnyAsync(e =>
            e.EntityType == nameof(CreditAccount) && e.EntityKey == account.Id.ToString() && e.Action == AuditAction.Created));
    }
}
