using System.Text;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Ordering.Rules;
using PartnerPortal.Infrastructure.Ordering;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Ordering;

/// <summary>Quick orders and uploaded files as a dealer sends them, through the cart on a real database.</summary>
public sealed class CartQuickOrderTests
{
    [Fact]
    public async Task A_gbk_file_with_chinese_headers_in_another_order_and_full_width_digits_goes_into_the_cart()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.DealerP0001);
        var cart = database.Get<CartService>();
        var bytes = TextFileEncoding.Gb18030.GetBytes("数量,品名,物料编码\r\n２,变频空调,ａｃ－１００１\r\n3,空调,AC-1002\r\n");

        var read = await CartService.ReadFileAsync(new MemoryStream(bytes), bytes.Length);
        var report = await cart.AddLinesAsync(read.Rows, onlyValid: false);

        Assert.Equal((2, 2, 0), (report.Added, report.LineCount, report.Problems.Count));
        var lines = (await cart.GetAsync()).Lines;
        Assert.Equal([("AC-1001", 2), ("AC-1002", 3)], lines.Select(l => (l.Sku, l.Quantity)));
    }

    [Fact]
    public async Task Too_large_quantities_are_refused_with_the_maximum_and_nothing_is_added()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.DealerP0001);
        var cart = database.Get<CartService>();
        var rows = OrderCsv.Parse("AC-1001,9999999999999\nAC-1002,1e12\nAC-1001,2\n");

        var report = await cart.AddLinesAsync(rows, onlyValid: false);

        Assert.Equal(0, report.Added);
        Assert.Equal([1, 2], report.Problems.Select(l => l.LineNumber));
        Assert.All(report.Problems, l => Assert.Equal(new Problem(ProblemCodes.TooLarge, "Quantity", QuantityRules.MaxQuantity).Code, Assert.Single(l.Problems).Code));
        Assert.True((await cart.GetAsync()).IsEmpty);
    }

    [Fact]
    public async Task Lines_of_one_product_that_add_up_beyond_the_maximum_are_refused()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.DealerP0001);
        var cart = database.Get<CartService>();
        Assert.True((await cart.AddAsync((await OrderingTestKit.ProductAsync(database, "AC-1001")).Id, 999_000)).Succeeded);

        var report = await cart.AddLinesAsync(OrderCsv.Parse("AC-1001,600\nAC-1001,600\nAC-1002,2\n"), onlyValid: true);

        Assert.Equal(1, report.Added);
        Assert.Equal([1, 2], report.Problems.Select(l => l.LineNumber));
        Assert.All(report.Problems, l => Assert.Equal([999_999], Assert.Single(l.Problems).Args));
        Assert.Equal(999_000, (await cart.GetAsync()).Lines.Single(l => l.Sku == "AC-1001").Quantity);
    }

    [Fact]
    public async Task A_report_lists_the_first_fifty_lines_with_problems_and_counts_the_rest()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SignInAsync(DemoUsers.DealerP0001);
        var text = new StringBuilder("sku,qty\nAC-1001,2\n");
        for (var i = 0; i < 1_999; i++) text.Append("NOPE-").Append(i).Append(",1\n");
        var read = await CartService.ReadFileAsync(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())), null);

        var report = await database.Get<CartService>().AddLinesAsync(read.Rows, onlyValid: false);

        Assert.Equal((2_000, 1, 0), (report.LineCount, report.ValidCount, report.Added));
        Assert.Equal(QuickOrderReport.MaxShown, report.Problems.Count);
        Assert.Equal(1_999 - 50, report.MoreProblems);
        Assert.Equal(3, report.Problems[0].LineNumber);
    }
}
