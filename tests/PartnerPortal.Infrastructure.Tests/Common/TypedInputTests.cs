using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Partners;
using PartnerPortal.Infrastructure.Regions;
using PartnerPortal.Infrastructure.Users;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Common;

/// <summary>
/// Names and codes as people type them, through the services that save them: a name that hides or reorders characters
/// is refused naming the field and nothing is saved; a code typed in full-width forms is stored in ASCII.
/// </summary>
public sealed class TypedInputTests
{
    private static PartnerDraft Draft(int regionId, string code, string name) => new(
        code, name, "Ningbo Xingang Electric", PartnerType.Dealer, PartnerTier.Standard, PartnerStatus.Active, CreditRating.B, regionId, null,
        [new ContactDraft("孙强", "总经理", "13900000000", "sun@example.com", true)]);

    [Theory]
    [InlineData(0x0000)]   // NUL
    [InlineData(0x202E)]   // right-to-left override
    [InlineData(0x2067)]   // right-to-left isolate
    [InlineData(0x0008)]
    public async Task A_partner_name_with_a_control_or_direction_character_is_refused_and_not_saved(int character)
    {
        await using var database = await TestDatabase.CreateAsync();
        var east = await database.RegionIdAsync("EAST");
        await database.SignInAsync(DemoUsers.Admin);

        var outcome = await database.Get<PartnerService>().SaveAsync(null, Draft(east, "P0100", "宁波新港" + (char)character + "电器有限公司"));

        Assert.False(outcome.Succeeded);
        var problem = Assert.Single(outcome.Problems);
        Assert.Equal((ProblemCodes.ForbiddenCharacter, "Name"), (problem.Code, problem.Field));
        await using var check = await database.CreateSystemContextAsync();
        Assert.False(await check.Partners.AnyAsync(p => p.Code == "P0100"));
    }

    [Fact]
    public async Task A_contact_name_and_a_user_name_are_refused_the_same_way()
    {
        await using var database = await TestDatabase.CreateAsync();
        var east = await database.RegionIdAsync("EAST");
        await database.SignInAsync(DemoUsers.Admin);
        var draft = Draft(east, "P0100", "宁波新港电器有限公司");
        draft = draft with { Contacts = [draft.Contacts[0] with { Name = "孙\u202E强" }] };

        var partner = await database.Get<PartnerService>().SaveAsync(null, draft);
        var user = await database.Get<UserAdminService>().CreateAsync(
            new UserDraft("new.user@example.com", "Li\u0000Lei", Domain.Access.PortalRoles.Admin, null, [], "Demo#2026!x"));

        Assert.Equal([(ProblemCodes.ForbiddenCharacter, "Contacts[0].Name")], partner.Problems.Select(p => (p.Code, p.Field)));
        Assert.Contains(user.Problems, p => p is { Code: ProblemCodes.ForbiddenCharacter, Field: "DisplayName" });
    }

    [Fact]
    public async Task A_code_typed_in_full_width_is_stored_in_ascii_upper_case()
    {
        await using var database = await TestDatabase.CreateAsync();
        var east = await database.RegionIdAsync("EAST");
        await database.SignInAsync(DemoUsers.Admin);

        var partner = await database.Get<PartnerService>().SaveAsync(null, Draft(east, "ｐ０１００", "宁波新港电器有限公司"));
        var region = await database.Get<RegionService>().SaveAsync(null, new RegionDraft("ＮＷ－０１", "西北", "Northwest"));

        Assert.True(partner.Succeeded, string.Join(", ", partner.Problems));
        Assert.True(region.Succeeded, string.Join(", ", region.Problems));
        await using var check = await database.CreateSystemContextAsync();
        Assert.Equal("P0100", await check.Partners.Where(p => p.Id == partner.Value).Select(p => p.Code).SingleAsync());
        Assert.Equal("NW-01", await check.Regions.Where(r => r.Id == region.Value).Select(r => r.Code).SingleAsync());
    }
}
