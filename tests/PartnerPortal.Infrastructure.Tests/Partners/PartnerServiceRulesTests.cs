using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Partners;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Partners;

public sealed class PartnerServiceRulesTests
{
    [Theory]
    [InlineData("p0002")]
    [InlineData("HANGZHOU")]
    [InlineData("hangzhou")]
    public async Task Search_ignores_letter_case(string search)
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.Admin);
        var result = await database.Get<PartnerService>().ListAsync(new PageRequest(Search: search), new PartnerFilter());
        Assert.Equal("P0002", Assert.Single(result.Items).Code);
    }

    [Fact]
    public async Task Search_takes_wildcards_literally()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.Admin);
        var result = await database.Get<PartnerService>().ListAsync(new PageRequest(Search: "%"), new PartnerFilter());
        Assert.Equal(0, result.TotalCount);
    }

    [Fact]
    public async Task A_distributor_with_sub_dealers_cannot_become_a_store()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p1 = await database.PartnerIdAsync("P0001");
        await database.SignInAsync(DemoUsers.Admin);
        var service = database.Get<PartnerService>();
        var draft = (await service.GetDraftAsync(p1))!;

        var outcome = await service.SaveAsync(p1, draft with { Type = PartnerType.Store });

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal((ProblemCodes.HasSubPartners, "Type"), (problem.Code, problem.Field));
        Assert.Equal(PartnerType.Distributor, (await service.GetAsync(p1))!.Type);
    }

    [Fact]
    public async Task A_distributor_with_sub_dealers_cannot_move_to_another_region()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p1 = await database.PartnerIdAsync("P0001");
        var south = await database.RegionIdAsync("SOUTH");
        await database.SignInAsync(DemoUsers.Admin);
        var service = database.Get<PartnerService>();
        var draft = (await service.GetDraftAsync(p1))!;

        var outcome = await service.SaveAsync(p1, draft with { RegionId = south });

        Assert.Contains(outcome.Problems, p => p.Code == ProblemCodes.HasSubPartners && p.Field == "RegionId");
    }

    [Fact]
    public async Task A_distributor_with_sub_dealers_may_still_be_renamed()
    {
        await using var database = await TestDatabase.CreateAsync();
        var p1 = await database.PartnerIdAsync("P0001");
        await database.SignInAsync(DemoUsers.Admin);
        var service = database.Get<PartnerService>();
        var draft = (await service.GetDraftAsync(p1))!;

        var outcome = await service.SaveAsync(p1, draft with { Name = "上海恒通电器集团有限公司" });

        Assert.True(outcome.Succeeded, string.Join(", ", outcome.Problems));
        Assert.Equal("上海恒通电器集团有限公司", (await service.GetAsync(p1))!.Name);
    }
}
