using PartnerPortal.Domain.Returns;

namespace PartnerPortal.Domain.Tests.Returns;

public class ReturnTransitionsTests
{
    private static readonly ReturnStatus[] Columns =
        [ReturnStatus.Requested, ReturnStatus.Approved, ReturnStatus.Rejected, ReturnStatus.Received, ReturnStatus.Credited, ReturnStatus.Cancelled];

    /// <summary>Row = from, column = to; X = allowed. Columns in the order of <see cref="Columns"/>.</summary>
    private static readonly (ReturnStatus From, string Row)[] Matrix =
    [
        //                          Rq Ap Rj Rc Cr Ca
        (ReturnStatus.Requested, ". X X . . X"),
        (ReturnStatus.Approved,  ". . . X . ."),
        (ReturnStatus.Rejected,  ". . . . . ."),
        (ReturnStatus.Received,  ". . . . X ."),
        (ReturnStatus.Credited,  ". . . . . ."),
        (ReturnStatus.Cancelled, ". . . . . ."),
    ];

    public static TheoryData<ReturnStatus, ReturnStatus, bool> AllMoves()
    {
        var data = new TheoryData<ReturnStatus, ReturnStatus, bool>();
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
        Assert.Equal(Enum.GetValues<ReturnStatus>(), Columns);
        Assert.Equal(Enum.GetValues<ReturnStatus>(), Matrix.Select(r => r.From));
        Assert.Equal(36, AllMoves().Count());
    }

    [Theory]
    [MemberData(nameof(AllMoves))]
    public void CanMove_follows_the_life_cycle(ReturnStatus from, ReturnStatus to, bool allowed) =>
        Assert.Equal(allowed, ReturnTransitions.CanMove(from, to));

    [Theory]
    [MemberData(nameof(AllMoves))]
    public void MoveTo_records_allowed_moves_and_refuses_the_others(ReturnStatus from, ReturnStatus to, bool allowed)
    {
        var request = InStatus(from);
        var version = request.Version;
        var events = request.Events.Count;
        var at = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
        if (allowed)
        {
            request.MoveTo(to, at, "u1", "Li Lei", "why");
            Assert.Equal(to, request.Status);
            Assert.Equal(version + 1, request.Version);
            var e = request.Events[^1];
            Assert.Equal((from, to, "u1", "Li Lei", "why", at), (e.From, e.To, e.UserId, e.UserName, e.Note, e.At));
        }
        else
        {
            Assert.Throws<InvalidOperationException>(() => request.MoveTo(to, at, "u1", "Li Lei"));
            Assert.Equal(from, request.Status);
            Assert.Equal(events, request.Events.Count);
        }
    }

    [Theory]
    [InlineData(ReturnStatus.Requested, true)]
    [InlineData(ReturnStatus.Approved, true)]
    [InlineData(ReturnStatus.Received, true)]
    [InlineData(ReturnStatus.Credited, true)]
    [InlineData(ReturnStatus.Rejected, false)]
    [InlineData(ReturnStatus.Cancelled, false)]
    public void Rejected_and_cancelled_returns_hold_nothing(ReturnStatus status, bool holds) =>
        Assert.Equal(holds, ReturnTransitions.HoldsQuantity(status));

    private static ReturnRequest InStatus(ReturnStatus status)
    {
        var request = new ReturnRequest { Number = "RMA-202612-00001" };
        var at = DateTimeOffset.UnixEpoch;
        ReturnStatus[] path = status switch
        {
            ReturnStatus.Requested => [],
            ReturnStatus.Approved => [ReturnStatus.Approved],
            ReturnStatus.Rejected => [ReturnStatus.Rejected],
            ReturnStatus.Cancelled => [ReturnStatus.Cancelled],
            ReturnStatus.Received => [ReturnStatus.Approved, ReturnStatus.Received],
            _ => [ReturnStatus.Approved, ReturnStatus.Received, ReturnStatus.Credited],
        };
        foreach (var next in path) request.MoveTo(next, at, null, "setup");
        return request;
    }
}
