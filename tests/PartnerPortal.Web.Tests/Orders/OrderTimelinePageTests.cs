using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Credit.Rules;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Orders;

/// <summary>
/// The order page's history through the real app: the credit figures of a hold and an approval are worded in the
/// reader's language and money format, people show by their names, steps stored before the figures were kept as data still
/// show, and the partner is named by the same rule as on statements.
/// </summary>
public sealed partial class OrderTimelinePageTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private static readonly DateTimeOffset At = new(2026, 11, 18, 9, 5, 0, TimeSpan.Zero);

    /// <summary>P0001's order, held over credit and approved by the east manager with the figures as data.</summary>
    private Task<int> OrderWithFactsAsync() => app.WithSystemContextAsync(async db =>
    {
        var existing = await db.Orders.Where(o => o.Number == "SO-TIMELINE-FACTS").Select(o => (int?)o.Id).FirstOrDefaultAsync();
        if (existing is { } id) return id;
        var order = await NewOrderAsync(db, "SO-TIMELINE-FACTS");
        var figures = CreditFigures.Of(800_000m, 702_000m, 99_304.80m);
        order.MoveTo(OrderStatus.Submitted, At, null, DemoUsers.Dealer);
        order.MoveTo(OrderStatus.PendingApproval, At, null, DemoUsers.Dealer, OrderEventFact.CreditHold, figures);
        order.MoveTo(OrderStatus.Approved, At.AddHours(2), null, DemoUsers.ManagerEast, OrderEventFact.CreditApproval, figures, "老客户");
        db.Orders.Add(order);
        await db.SaveChangesAsync();
        return order.Id;
    });

    /// <summary>An order whose history was written before the figures were kept: English sentences in the note.</summary>
    private Task<int> OrderWithOldNotesAsync() => app.WithSystemContextAsync(async db =>
    {
        var existing = await db.Orders.Where(o => o.Number == "SO-TIMELINE-OLD").Select(o => (int?)o.Id).FirstOrDefaultAsync();
        if (existing is { } id) return id;
        var order = await NewOrderAsync(db, "SO-TIMELINE-OLD");
        order.MoveTo(OrderStatus.Submitted, At, null, DemoUsers.Dealer);
        order.MoveTo(OrderStatus.PendingApproval, At, null, DemoUsers.Dealer, "Over the available credit");
        order.MoveTo(OrderStatus.Approved, At, null, DemoUsers.ManagerEast,
            "Credit limit 800000.00, exposure 702000.00 → 801304.80, available 98000.00, order 99304.80: over the limit by 1304.80");
        db.Orders.Add(order);
        await db.SaveChangesAsync();
        return order.Id;
    });

    private static async Task<Order> NewOrderAsync(Infrastructure.Data.PortalDbContext db, string number)
    {
        var partnerId = await db.Partners.Where(p => p.Code == "P0001").Select(p => p.Id).SingleAsync();
        var product = await db.Products.SingleAsync(p => p.Sku == "AC-1001");
        return new Order
        {
            Number = number, PartnerId = partnerId, IdempotencyKey = number, SubmittedAt = At, Total = 99_304.80m,
            Lines = [new OrderLine { ProductId = product.Id, Sku = product.Sku, Quantity = 1, ListPrice = 99_304.80m, UnitPrice = 99_304.80m, LineTotal = 99_304.80m }],
        };
    }

    private async Task<string> PageTextAsync(string culture, string user, int orderId)
    {
        using var client = app.CreatePortalClient();
        await client.GetAsync($"/culture/set?culture={culture}&redirectUri=/");
        await client.SignInAsync(user);
        var response = await client.GetAsync($"/orders/{orderId}");
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, html[..Math.Min(html.Length, 2000)]);
        return WebUtility.HtmlDecode(Tags().Replace(html, " "));
    }

    [Fact]
    public async Task A_dealer_reading_Chinese_sees_the_credit_figures_in_Chinese_with_yuan()
    {
        var text = await PageTextAsync(PortalCultures.Chinese, DemoUsers.Dealer, await OrderWithFactsAsync());

        Assert.Contains("超出可用额度：订单 ¥99,304.80，可用额度 ¥98,000.00（信用额度 ¥800,000.00，占用额度 ¥702,000.00）；超出额度 ¥1,304.80", text);
        Assert.Contains("信用额度 ¥800,000.00，占用额度 ¥702,000.00 → ¥801,304.80，可用额度 ¥98,000.00，订单 ¥99,304.80：超出额度 ¥1,304.80", text);
        Assert.Contains("老客户", text);
        Assert.DoesNotContain("over the limit", text);
        Assert.DoesNotContain("Credit limit", text);
    }

    [Fact]
    public async Task People_show_by_name_and_moments_in_the_one_date_time_format()
    {
        var text = await PageTextAsync(PortalCultures.Chinese, DemoUsers.Dealer, await OrderWithFactsAsync());

        Assert.Contains("陈静 (华东/华南)", text);  // the east manager's display name
        Assert.Contains("王磊", text);             // the dealer's
        Assert.DoesNotContain(DemoUsers.ManagerEast, text);
        Assert.Matches(@"\d{4}-\d\d-\d\d \d\d:\d\d · 陈静", text);
    }

    [Fact]
    public async Task An_English_reader_sees_the_figures_in_English_and_the_partners_English_name()
    {
        var text = await PageTextAsync(PortalCultures.English, DemoUsers.Dealer, await OrderWithFactsAsync());

        Assert.Contains("Credit limit ¥800,000.00, exposure ¥702,000.00 → ¥801,304.80, available ¥98,000.00, order ¥99,304.80: over the limit by ¥1,304.80", text);
        Assert.Contains("Shanghai Hengtong Appliance Trading Co., Ltd.", text);
        Assert.DoesNotContain("上海恒通电器贸易有限公司", text);
    }

    [Fact]
    public async Task Steps_stored_as_English_sentences_before_still_show()
    {
        var text = await PageTextAsync(PortalCultures.Chinese, DemoUsers.ManagerEast, await OrderWithOldNotesAsync());

        Assert.Contains("超出可用额度", text);  // the old note that has a translation
        Assert.Contains("Credit limit 800000.00, exposure 702000.00 → 801304.80, available 98000.00, order 99304.80: over the limit by 1304.80", text);
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
