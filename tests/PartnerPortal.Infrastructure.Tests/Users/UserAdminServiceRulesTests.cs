using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Common;
using PartnerPortal.Infrastructure.Tests.Support;
using PartnerPortal.Infrastructure.Users;

namespace PartnerPortal.Infrastructure.Tests.Users;

public sealed class UserAdminServiceRulesTests
{
    private const string StrongPassword = "Strong#2026pw";

    [Fact]
    public async Task An_e_mail_identity_refuses_is_reported_on_the_e_mail_field()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.Admin);

        var outcome = await database.Get<UserAdminService>()
            .CreateAsync(new UserDraft("o'neil@example.com", "O'Neil", PortalRoles.Admin, null, [], StrongPassword));

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal((ProblemCodes.InvalidEmail, "Email"), (problem.Code, problem.Field));
    }

    [Fact]
    public async Task An_admin_cannot_take_away_their_own_admin_role()
    {
        await using var database = await TestDatabase.CreateAsync();
        var admin = await database.SignInAsync(DemoUsers.Admin);

        var outcome = await database.Get<UserAdminService>()
            .UpdateAsync(admin.UserId!, new UserDraft(DemoUsers.Admin, "Admin", PortalRoles.ChannelManager, null, []));

        Assert.Contains(outcome.Problems, p => p.Code == ProblemCodes.CannotChangeOwnRole);
    }
}
