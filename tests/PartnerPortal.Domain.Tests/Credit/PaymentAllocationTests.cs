using PartnerPortal.Domain.Credit.Rules;

namespace PartnerPortal.Domain.Tests.Credit;

public class PaymentAllocationTests
{
    /// <summary>
    /// Given out of order on purpose. Paid in the order #1, #3 (both due 01-10, ties by id), #2;
    /// #4 (nothing open) and #5 (a credit note) are skipped. Open in total: 1,000.00 + 250.00 + 500.00 = 1,750.00.
    /// </summary>
    private static readonly InvoiceToAllocate[] OpenInvoices =
    [
        new(2, new DateOnly(2026, 2, 10), 500.00m),
        new(3, new DateOnly(2026, 1, 10), 250.00m),
        new(4, new DateOnly(2025, 12, 1), 0m),
        new(1, new DateOnly(2026, 1, 10), 1_000.00m),
        new(5, new DateOnly(2025, 11, 1), -50.00m),
    ];

    public static TheoryData<decimal, Allocation[], decimal> Payments => new()
    {
        // payment,   allocations (oldest first),                          unallocated
        { 0.01m,      [new(1, 0.01m)],                                     0m },
        { 999.99m,    [new(1, 999.99m)],                                   0m },
        { 1_000.00m,  [new(1, 1_000.00m)],                                 0m },       // #1 paid off exactly, #3 untouched
        { 1_200.00m,  [new(1, 1_000.00m), new(3, 200.00m)],                0m },       // 1,200 − 1,000 = 200 on #3 (of 250)
        { 1_250.00m,  [new(1, 1_000.00m), new(3, 250.00m)],                0m },
        { 1_500.50m,  [new(1, 1_000.00m), new(3, 250.00m), new(2, 250.50m)], 0m },     // 1,500.50 − 1,250 = 250.50 on #2
        { 1_750.00m,  [new(1, 1_000.00m), new(3, 250.00m), new(2, 500.00m)], 0m },     // everything paid off exactly
        { 2_000.00m,  [new(1, 1_000.00m), new(3, 250.00m), new(2, 500.00m)], 250.00m }, // 2,000 − 1,750 = 250 advance
        { 1_750.01m,  [new(1, 1_000.00m), new(3, 250.00m), new(2, 500.00m)], 0.01m },
    };

    [Theory]
    [MemberData(nameof(Payments))]
    public void Payment_pays_the_oldest_invoices_first_and_keeps_the_rest_as_an_advance(
        decimal amount, Allocation[] expected, decimal unallocated)
    {
        var result = PaymentAllocation.Allocate(amount, OpenInvoices);

        Assert.Equal(expected, result.Allocations);
        Assert.Equal(unallocated, result.Unallocated);
        Assert.Equal(amount, result.Allocations.Sum(a => a.Amount) + result.Unallocated);
    }

    [Fact]
    public void Payment_without_open_invoices_is_all_an_advance()
    {
        var result = PaymentAllocation.Allocate(300.00m, []);

        Assert.Empty(result.Allocations);
        Assert.Equal(300.00m, result.Unallocated);
    }

    [Fact]
    public void Payment_skips_invoices_with_nothing_open()
    {
        var result = PaymentAllocation.Allocate(80.00m, [new(7, new DateOnly(2025, 1, 1), 0m), new(8, new DateOnly(2025, 1, 2), -10.00m)]);

        Assert.Empty(result.Allocations);
        Assert.Equal(80.00m, result.Unallocated);
    }

    [Fact]
    public void Earlier_due_date_goes_first_even_with_a_higher_id()
    {
        var result = PaymentAllocation.Allocate(100.00m,
            [new(1, new DateOnly(2026, 3, 1), 100.00m), new(9, new DateOnly(2026, 1, 1), 60.00m)]);

        // 100 − 60 (#9, older) = 40 left for #1.
        Assert.Equal([new Allocation(9, 60.00m), new Allocation(1, 40.00m)], result.Allocations);
        Assert.Equal(0m, result.Unallocated);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0.01")]
    [InlineData("-100.00")]
    public void Payment_must_be_positive(string amount)
    {
        var value = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Throws<ArgumentOutOfRangeException>(() => PaymentAllocation.Allocate(value, OpenInvoices));
    }
}
