using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Rebates;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Rebates;

/// <summary>The managers' rebate policy pages render against the demo data and the real services.</summary>
public sealed class RebatePolicyPagesTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task Manager_opens_the_policy_list()
    {
        var html = await OkHtmlAsync(DemoUsers.ManagerEast, "/rebates/policies");

        Assert.Contains("data-testid=\"policy-grid\"", html);
        Assert.Contains("data-testid=\"new-policy\"", html);
    }

    [Fact]
    public async Task Manager_opens_the_form_for_a_new_policy()
    {
        var html = await OkHtmlAsync(DemoUsers.ManagerEast, "/rebates/policies/new");

        Assert.Contains("data-testid=\"policy-name\"", html);
        Assert.Contains("data-testid=\"tier-editor\"", html);
    }

    [Fact]
    public async Task Manager_opens_a_draft_and_its_editor()
    {
        var id = await AddPolicyAsync("RB-9001", RebatePolicyStatus.Draft);

        var detail = await OkHtmlAsync(DemoUsers.ManagerEast, $"/rebates/policies/{id}");
        Assert.Contains("RB-9001", detail);
        Assert.Contains("data-testid=\"policy-summary\"", detail);
        Assert.Contains("data-testid=\"activate-policy\"", detail);

        var editor = await OkHtmlAsync(DemoUsers.ManagerEast, $"/rebates/policies/{id}/edit");
        Assert.Contains("Test policy RB-9001", editor);
        Assert.DoesNotContain("data-testid=\"policy-not-editable\"", editor);
    }

    [Fact]
    public async Task An_active_policy_cannot_be_edited_but_can_be_revised()
    {
        var id = await AddPolicyAsync("RB-9002", RebatePolicyStatus.Active);

        var detail = await OkHtmlAsync(DemoUsers.ManagerEast, $"/rebates/policies/{id}");
        Assert.Contains("data-testid=\"revise-policy\"", detail);
        Assert.DoesNotContain("data-testid=\"edit-policy\"", detail);

        var editor = await OkHtmlAsync(DemoUsers.ManagerEast, $"/rebates/policies/{id}/edit");
        Assert.Contains("data-testid=\"policy-not-editable\"", editor);
        Assert.DoesNotContain("data-testid=\"tier-editor\"", editor);
    }

    [Fact]
    public async Task An_active_policy_offers_its_cost_preview_for_a_period_the_manager_picks()
    {
        var id = await AddPolicyAsync("RB-9003", RebatePolicyStatus.Active);

        var detail = await OkHtmlAsync(DemoUsers.ManagerEast, $"/rebates/policies/{id}");

        Assert.Contains("data-testid=\"preview-controls\"", detail);
        Assert.Contains("data-testid=\"preview-period\"", detail);
        Assert.Contains("data-testid=\"preview-policy\"", detail);
    }

    [Fact]
    public async Task A_draft_revision_says_the_first_day_it_may_start_on()
    {
        var active = await AddPolicyAsync("RB-9004", RebatePolicyStatus.Active);
        var revision = await app.WithSystemContextAsync(async db =>
        {
            var v1 = await db.RebatePolicies.AsNoTracking().SingleAsync(p => p.Id == active);
            var v2 = new RebatePolicy
            {
                Code = v1.Code, VersionNumber = 2, Name = v1.Name, Status = RebatePolicyStatus.Draft, PeriodType = v1.PeriodType,
                StartsOn = v1.StartsOn, EndsOn = v1.EndsOn, Basis = v1.Basis, Mode = v1.Mode, RateKind = v1.RateKind, Tiers = v1.Tiers,
                RegionIds = v1.RegionIds, CreatedByUserId = "test", CreatedAt = DateTimeOffset.UtcNow,
            };
            db.RebatePolicies.Add(v2);
            await db.SaveChangesAsync();
            return v2.Id;
        });

        var editor = await OkHtmlAsync(DemoUsers.ManagerEast, $"/rebates/policies/{revision}/edit");

        var earliest = RebateRevisionRules.EarliestStart(RebatePeriodType.Quarter, new DateOnly(2026, 1, 1), DateOnly.FromDateTime(DateTime.Today));
        Assert.Contains($"The first day of a period, {earliest:yyyy-MM-dd} or later", editor);
    }

    [Fact]
    public async Task A_policy_that_does_not_exist_is_not_found()
    {
        using var client = await SignedInAsync(DemoUsers.ManagerEast);

        var response = await client.GetAsync("/rebates/policies/999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<string> OkHtmlAsync(string user, string path)
    {
        using var client = await SignedInAsync(user);
        var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {html[..Math.Min(html.Length, 3000)]}");
        return html;
    }

    private async Task<PortalClient> SignedInAsync(string email)
    {
        var client = app.CreatePortalClient();
        await client.SignInAsync(email);
        return client;
    }

    /// <summary>A quarterly policy in P0001's region (华东, one of the east manager's).</summary>
    private Task<int> AddPolicyAsync(string code, RebatePolicyStatus status) =>
        app.WithSystemContextAsync(async db =>
        {
            var regionId = await db.Partners.Where(p => p.Code == "P0001").Select(p => p.RegionId).SingleAsync();
            var policy = new RebatePolicy
            {
                Code = code, VersionNumber = 1, Name = $"Test policy {code}", Status = status, PeriodType = RebatePeriodType.Quarter,
                StartsOn = new DateOnly(2026, 1, 1), EndsOn = new DateOnly(2026, 12, 31), Basis = RebateBasis.NetAmount,
                Mode = RebateMode.Retroactive, RateKind = RebateRateKind.Percent, Tiers = [new RebateTier(0m, 1m), new RebateTier(100_000m, 3m)],
                RegionIds = [regionId], CreatedByUserId = "test", CreatedAt = DateTimeOffset.UtcNow,
                ActivatedAt = status == RebatePolicyStatus.Draft ? null : DateTimeOffset.UtcNow,
            };
            db.RebatePolicies.Add(policy);
            await db.SaveChangesAsync();
            return policy.Id;
        });
}
