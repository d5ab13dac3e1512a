using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Returns;
using PartnerPortal.Domain.Tests.Common;

namespace PartnerPortal.Domain.Tests.Returns;

public class ReturnRulesTests
{
    private static ReturnedQuantity Q(ReturnStatus status, int requested, int? received = null) => new(status, requested, received);

    public static TheoryData<int, ReturnedQuantity[], int> ReturnableCases() => new()
    {
        // shipped, earlier returns of the same shipped line, returnable
        { 10, [], 10 },
        { 10, [Q(ReturnStatus.Requested, 3)], 7 },
        { 10, [Q(ReturnStatus.Approved, 4)], 6 },
        { 10, [Q(ReturnStatus.Rejected, 4)], 10 },
        { 10, [Q(ReturnStatus.Cancelled, 10)], 10 },
        // Received: what came back counts, not what was asked (2 of 5 arrived: 10 − 2).
        { 10, [Q(ReturnStatus.Received, 5, 2)], 8 },
        { 10, [Q(ReturnStatus.Credited, 5, 5)], 5 },
        { 10, [Q(ReturnStatus.Credited, 5, 0)], 10 },
        // Several earlier returns: 10 − 2 (requested) − 3 (approved) − 1 (credited of 4) = 4; the rejected 6 does not count.
        { 10, [Q(ReturnStatus.Requested, 2), Q(ReturnStatus.Approved, 3), Q(ReturnStatus.Credited, 4, 1), Q(ReturnStatus.Rejected, 6)], 4 },
        { 10, [Q(ReturnStatus.Approved, 10)], 0 },
        // Never below zero.
        { 3, [Q(ReturnStatus.Requested, 5)], 0 },
    };

    [Theory]
    [MemberData(nameof(ReturnableCases))]
    public void Returnable_is_shipped_less_what_earlier_returns_hold(int shipped, ReturnedQuantity[] earlier, int expected) =>
        Assert.Equal(expected, ReturnRules.Returnable(shipped, earlier));

    [Theory]
    // received, unit price, expected line credit (hand-computed, midpoint away from zero)
    [InlineData(3, "12.50", "37.50")]
    [InlineData(1, "0.125", "0.13")]
    [InlineData(3, "0.335", "1.01")] // 1.005 → 1.01
    [InlineData(7, "19.99", "139.93")]
    [InlineData(0, "88.00", "0.00")]
    [InlineData(2, "0", "0.00")]
    public void Credit_of_a_line_is_received_times_frozen_price_rounded(int received, string price, string expected)
    {
        var credit = ReturnRules.Credit([new CreditedReturnLine(received, decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture))]);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), credit.Total);
    }

    [Fact]
    public void Credit_total_is_the_sum_of_rounded_lines()
    {
        // 0.125 → 0.13 and 0.125 → 0.13: 0.26, not round(0.25) = 0.25.
        var credit = ReturnRules.Credit([new CreditedReturnLine(1, 0.125m), new CreditedReturnLine(1, 0.125m), new CreditedReturnLine(4, 2.5m)]);
        Assert.Equal([0.13m, 0.13m, 10.00m], credit.LineAmounts);
        Assert.Equal(10.26m, credit.Total);
    }

    private static readonly ReturnableLine[] Shipped =
    [
        new(11, "SKU-A", 10, [new(ReturnStatus.Requested, 4, null)]), // 6 returnable
        new(12, "SKU-B", 5, []),
    ];

    [Fact]
    public void Request_within_returnable_has_no_problem() =>
        ProblemAssert.None(ReturnRules.CheckRequest(Shipped, [new(11, 6), new(12, 1)], "scratched", 2));

    [Fact]
    public void Request_over_returnable_names_sku_and_figures() =>
        ProblemAssert.Single(ReturnRules.CheckRequest(Shipped, [new(11, 7)], "", 0), ProblemCodes.ExceedsReturnable, "SKU-A", "SKU-A", 7, 6);

    [Fact]
    public void Repeated_lines_count_together() =>
        ProblemAssert.Single(ReturnRules.CheckRequest(Shipped, [new(12, 3), new(12, 3)], "", 0), ProblemCodes.ExceedsReturnable, "SKU-B", "SKU-B", 6, 5);

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void Quantity_must_be_positive(int quantity) =>
        ProblemAssert.Exactly(ReturnRules.CheckRequest(Shipped, [new(12, quantity)], "", 0), (ProblemCodes.QuantityNotPositive, "SKU-B"));

    [Fact]
    public void A_line_not_shipped_on_the_order_is_not_found() =>
        ProblemAssert.Exactly(ReturnRules.CheckRequest(Shipped, [new(99, 1)], "", 0), (ProblemCodes.NotFound, "ShipmentLine"));

    [Fact]
    public void Empty_request_too_many_photos_and_bad_note_are_all_reported() =>
        ProblemAssert.Exactly(ReturnRules.CheckRequest(Shipped, [], "bad\u202Enote", ReturnRules.MaxPhotos + 1),
            (ProblemCodes.EmptyReturn, "Lines"), (ProblemCodes.TooManyPhotos, "Photos"), (ProblemCodes.ForbiddenCharacter, "Note"));

    [Fact]
    public void Note_over_the_limit_is_too_long() =>
        ProblemAssert.Exactly(ReturnRules.CheckRequest(Shipped, [new(12, 1)], new string('x', ReturnRequest.NoteMaxLength + 1), 0),
            (ProblemCodes.TooLong, "Note"));

    [Theory]
    [InlineData(true, "", null)]
    [InlineData(true, "ok", null)]
    [InlineData(false, "", ProblemCodes.Required)]
    [InlineData(false, "   ", ProblemCodes.Required)]
    [InlineData(false, "not our product", null)]
    public void Rejection_needs_a_reason(bool approve, string note, string? problem)
    {
        var problems = ReturnRules.CheckDecision(approve, note);
        if (problem is null) ProblemAssert.None(problems);
        else ProblemAssert.Exactly(problems, (problem, "Reason"));
    }

    private static readonly ApprovedReturnLine[] Approved = [new(1, "SKU-A", 5), new(2, "SKU-B", 2)];

    [Theory]
    // line 1 received, line 2 received (null = not given), expected problem code and field
    [InlineData(5, 2, null, null)]
    [InlineData(3, null, null, null)]  // partial: less than approved, a line not given is nothing
    [InlineData(0, 0, null, null)]
    [InlineData(6, 2, ProblemCodes.ExceedsApproved, "SKU-A")]
    [InlineData(5, 3, ProblemCodes.ExceedsApproved, "SKU-B")]
    [InlineData(-1, 2, ProblemCodes.QuantityNotPositive, "SKU-A")]
    public void Receipt_is_at_most_what_was_approved(int first, int? second, string? code, string? field)
    {
        var received = new List<ReceivedReturnLine> { new(1, first, ReturnDisposition.Restock) };
        if (second is { } s) received.Add(new(2, s, ReturnDisposition.Scrap));
        var problems = ReturnRules.CheckReceipt(Approved, received);
        if (code is null) ProblemAssert.None(problems);
        else ProblemAssert.Exactly(problems, (code, field));
    }

    [Fact]
    public void Receipt_over_approved_names_figures() =>
        ProblemAssert.Single(ReturnRules.CheckReceipt(Approved, [new(2, 4, ReturnDisposition.Restock)]), ProblemCodes.ExceedsApproved, "SKU-B", "SKU-B", 4, 2);

    [Fact]
    public void Receipt_of_another_returns_line_or_twice_the_same_line_is_refused() =>
        ProblemAssert.Exactly(ReturnRules.CheckReceipt(Approved,
                [new(7, 1, ReturnDisposition.Restock), new(1, 1, ReturnDisposition.Restock), new(1, 1, ReturnDisposition.Scrap)]),
            (ProblemCodes.NotFound, "ReturnLine"), (ProblemCodes.Duplicate, "SKU-A"));
}
