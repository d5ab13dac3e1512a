using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Infrastructure.Identity;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Identity;

public sealed class SignInFailureLogTests
{
    [Fact]
    public async Task A_refused_sign_in_is_audited_with_the_login_reason_and_address()
    {
        await using var database = await TestDatabase.CreateAsync();
        var userId = await database.UserIdAsync(DemoUsers.DealerP0001);

        await database.Get<SignInFailureLog>().RecordAsync(new SignInFailure(DemoUsers.DealerP0001, userId, SignInFailureReason.WrongPassword, "203.0.113.7"));

        await using var db = await database.CreateSystemContextAsync();
        var entry = await db.AuditEntries.SingleAsync(a => a.EntityType == SignInFailureLog.EntityType);
        Assert.Equal((userId, DemoUsers.DealerP0001, userId, AuditAction.Failed), (entry.UserId, entry.UserName, entry.EntityKey, entry.Action));
        Assert.Equal("""{"reason":"WrongPassword","address":"203.0.113.7"}""", entry.Changes);
    }

    [Fact]
    public async Task What_was_typed_is_stored_without_line_breaks_and_at_most_256_characters()
    {
        await using var database = await TestDatabase.CreateAsync();
        var typed = "a@b.c\r\nForged: entry" + new string('x', 400);

        await database.Get<SignInFailureLog>().RecordAsync(new SignInFailure(typed, null, SignInFailureReason.UnknownUser, null));

        await using var db = await database.CreateSystemContextAsync();
        var entry = await db.AuditEntries.SingleAsync(a => a.EntityType == SignInFailureLog.EntityType);
        Assert.Equal(256, entry.UserName.Length);
        Assert.StartsWith("a@b.cForged: entryxxx", entry.UserName);
        Assert.Equal(("", null), (entry.EntityKey, entry.UserId));
    }
}
