using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Access;

public sealed class ScopeGuardNewPartnerTests
{
    [Fact]
    public async Task A_channel_manager_may_add_a_partner_with_contacts_in_their_region_but_not_elsewhere()
    {
        await using var database = await TestDatabase.CreateAsync();
        var east = await database.RegionIdAsync("EAST");
        var north = await database.RegionIdAsync("NORTH");
        await database.SignInAsync(DemoUsers.ManagerEast);

        await using (var db = await database.CreateContextAsync())
        {
            db.Partners.Add(NewPartner("P0100", east));
            await db.SaveChangesAsync();
        }
        await using (var db = await database.CreateContextAsync())
        {
            db.Partners.Add(NewPartner("P0101", north));
            await Assert.ThrowsAsync<ScopeViolationException>(() => db.SaveChangesAsync());
        }

        await using var check = await database.CreateSystemContextAsync();
        Assert.Equal(1, await check.PartnerContacts.CountAsync(c => c.Partner!.Code == "P0100"));
        Assert.False(await check.Partners.AnyAsync(p => p.Code == "P0101"));
    }

    private static Partner NewPartner(string code, int regionId) => new()
    {
        Code = code, Name = "测试电器有限公司", RegionId = regionId, Type = PartnerType.Dealer,
        Contacts = [new PartnerContact { Name = "张三", Phone = "13900000000", IsPrimary = true }],
    };
}
