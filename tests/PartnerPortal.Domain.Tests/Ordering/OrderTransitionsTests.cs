using PartnerPortal.Domain.Ordering;
using PartnerPortal.Domain.Ordering.Rules;

namespace PartnerPortal.Domain.Tests.Ordering;

public class OrderTransitionsTests
{
    private static readonly OrderStatus[] Columns =
    [
        OrderStatus.Draft, OrderStatus.Submitted, OrderStatus.PendingApproval, OrderStatus.Approved,
        OrderStatus.PartiallyShipped, OrderStatus.Shipped, OrderStatus.Completed, OrderStatus.Rejected,
        OrderStatus.Cancelled,
    ];

    /// <summary>Row = from, column = to; X = allowed. Columns in the order of <see cref="Columns"/>.</summary>
    private static readonly (OrderStatus From, string Row)[] Matrix =
    [
        //                               Dr Su PA Ap PS Sh Co Re Ca
        (OrderStatus.Draft,            ". X . . . . . . ."),
        (OrderStatus.Submitted,        ". . X X . . . X X"),
        (OrderStatus.PendingApproval,  ". . . X . . . X X"),
        (OrderStatus.Approved,         ". . . . X X . . X"),
        (OrderStatus.PartiallyShipped, ". . . . X X . . ."),
        (OrderStatus.Shipped,          ". . . . . . X . ."),
        (OrderStatus.Completed,        ". . . . . . . . ."),
        (OrderStatus.Rejected,         ". . . . . . . . ."),
        (OrderStatus.Cancelled,        ". . . . . . . . ."),
    ];

    public static TheoryData<OrderStatus, OrderStatus, bool> AllMoves()
    {
        var data = new TheoryData<OrderStatus, OrderStatus, bool>();
        foreach (var (from, row) in Matrix)
        {
            var cells = row.Split(' ');
            for (var i = 0; i < Columns.Length; i++) data.Add(from, Columns[i], cells[i] == "X");
        }
        return data;
    }

    [Fact]
    public void Matrix_covers_every_pair_of_statuses()
    {
        Assert.Equal(Enum.GetValues<OrderStatus>(), Columns);
        Assert.Equal(Enum.GetValues<OrderStatus>(), Matrix.Select(r => r.From));
        Assert.All(Matrix, r => Assert.Equal(Columns.Length, r.Row.Split(' ').Length));
        Assert.Equal(81, AllMoves().Count());
    }

    [Theory]
    [MemberData(nameof(AllMoves))]
    public void Can_move_only_along_the_order_lifecycle(OrderStatus from, OrderStatus to, bool allowed)
    {
        Assert.Equal(allowed, OrderTransitions.CanMove(from, to));
    }

    [Theory]
    [InlineData(OrderStatus.Draft, false)]          // a draft is deleted, not cancelled
    [InlineData(OrderStatus.Submitted, true)]
    [InlineData(OrderStatus.PendingApproval, true)]
    [InlineData(OrderStatus.Approved, true)]
    [InlineData(OrderStatus.PartiallyShipped, false)] // goods have left the warehouse
    [InlineData(OrderStatus.Shipped, false)]
    [InlineData(OrderStatus.Completed, false)]
    [InlineData(OrderStatus.Rejected, false)]
    [InlineData(OrderStatus.Cancelled, false)]
    public void Can_cancel_only_before_anything_is_shipped(OrderStatus status, bool expected)
    {
        Assert.Equal(expected, OrderTransitions.CanCancel(status));
    }

    [Theory]
    [InlineData(OrderStatus.Draft, true)]
    [InlineData(OrderStatus.Submitted, true)]
    [InlineData(OrderStatus.PendingApproval, true)]
    [InlineData(OrderStatus.Approved, true)]
    [InlineData(OrderStatus.PartiallyShipped, true)]
    [InlineData(OrderStatus.Shipped, true)]
    [InlineData(OrderStatus.Completed, false)]
    [InlineData(OrderStatus.Rejected, false)]
    [InlineData(OrderStatus.Cancelled, false)]
    public void Order_is_open_until_completed_rejected_or_cancelled(OrderStatus status, bool expected)
    {
        Assert.Equal(expected, OrderTransitions.IsOpen(status));
    }

    [Theory]
    [InlineData(OrderStatus.Completed)]
    [InlineData(OrderStatus.Rejected)]
    [InlineData(OrderStatus.Cancelled)]
    public void Closed_order_cannot_move_anywhere(OrderStatus closed)
    {
        Assert.All(Enum.GetValues<OrderStatus>(), to => Assert.False(OrderTransitions.CanMove(closed, to)));
    }

    [Fact]
    public void Unknown_status_value_cannot_move()
    {
        Assert.False(OrderTransitions.CanMove((OrderStatus)99, OrderStatus.Submitted));
        Assert.False(OrderTransitions.CanMove(OrderStatus.Draft, (OrderStatus)99));
        Assert.False(OrderTransitions.CanCancel((OrderStatus)99));
    }
}
