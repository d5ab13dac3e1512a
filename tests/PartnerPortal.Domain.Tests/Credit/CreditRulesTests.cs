using System.Globalization;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Credit.Rules;

namespace PartnerPortal.Domain.Tests.Credit;

public class CreditRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 31);

    /// <summary>Limit 100,000.00; exposure 30,000.00 + 20,000.00 = 50,000.00; available 50,000.00.</summary>
    private static CreditCheckInput Input(
        decimal orderTotal = 10_000.00m,
        CreditMode mode = CreditMode.Hard,
        decimal creditLimit = 100_000.00m,
        decimal balance = 30_000.00m,
        decimal approvedUninvoiced = 20_000.00m,
        int graceDays = 15,
        bool suspended = false,
        OpenInvoice[]? invoices = null) =>
        new(creditLimit, balance, approvedUninvoiced, orderTotal, mode, graceDays, suspended, invoices ?? [], Today);

    private static OpenInvoice Invoice(string number, string dueDate, decimal openAmount = 1_000.00m) =>
        new(number, DateOnly.ParseExact(dueDate, "yyyy-MM-dd"), openAmount);

    // ---- Limit -----------------------------------------------------------------------------

    [Theory]
    [InlineData(CreditMode.Hard)]
    [InlineData(CreditMode.Soft)]
    public void Order_within_the_available_credit_is_approved(CreditMode mode)
    {
        var decision = CreditRules.Decide(Input(orderTotal: 10_000.00m, mode: mode));

        Assert.Equal(CreditOutcome.Approved, decision.Outcome);
        Assert.Equal(BlockReason.None, decision.Reason);
        Assert.Null(decision.OverdueInvoice);
        Assert.Equal(0, decision.DaysOverdue);
    }

    [Theory]
    [InlineData(CreditMode.Hard)]
    [InlineData(CreditMode.Soft)]
    public void Order_exactly_at_the_available_credit_is_approved(CreditMode mode)
    {
        var decision = CreditRules.Decide(Input(orderTotal: 50_000.00m, mode: mode));

        Assert.Equal(CreditOutcome.Approved, decision.Outcome);
        Assert.Equal(BlockReason.None, decision.Reason);
    }

    [Fact]
    public void Submit_one_cent_over_the_limit_in_hard_mode_is_blocked()
    {
        var decision = CreditRules.Decide(Input(orderTotal: 50_000.01m, mode: CreditMode.Hard));

        Assert.Equal(CreditOutcome.Blocked, decision.Outcome);
        Assert.Equal(BlockReason.OverLimit, decision.Reason);
        Assert.Null(decision.OverdueInvoice);
        Assert.Equal(0, decision.DaysOverdue);
    }

    [Fact]
    public void Submit_one_cent_over_the_limit_in_soft_mode_goes_to_approval()
    {
        var decision = CreditRules.Decide(Input(orderTotal: 50_000.01m, mode: CreditMode.Soft));

        Assert.Equal(CreditOutcome.PendingApproval, decision.Outcome);
        Assert.Equal(BlockReason.None, decision.Reason);
        Assert.Null(decision.OverdueInvoice);
    }

    [Theory]
    [InlineData(CreditMode.Hard, CreditOutcome.Blocked, BlockReason.OverLimit)]
    [InlineData(CreditMode.Soft, CreditOutcome.PendingApproval, BlockReason.None)]
    public void Partner_already_over_the_limit_has_negative_available_credit(CreditMode mode, CreditOutcome outcome, BlockReason reason)
    {
        // Limit 10,000.00; exposure 12,000.00 + 500.00 = 12,500.00; available 10,000.00 − 12,500.00 = −2,500.00.
        var decision = CreditRules.Decide(Input(orderTotal: 0.01m, mode: mode, creditLimit: 10_000.00m, balance: 12_000.00m, approvedUninvoiced: 500.00m));

        Assert.Equal(outcome, decision.Outcome);
        Assert.Equal(reason, decision.Reason);
        Assert.Equal(new CreditFigures(Limit: 10_000.00m, Exposure: 12_500.00m, Available: -2_500.00m, OrderTotal: 0.01m), decision.Figures);
    }

    [Theory]
    [InlineData(CreditMode.Hard, CreditOutcome.Blocked, BlockReason.OverLimit)]
    [InlineData(CreditMode.Soft, CreditOutcome.PendingApproval, BlockReason.None)]
    public void Partner_without_a_credit_limit_cannot_buy_on_credit(CreditMode mode, CreditOutcome outcome, BlockReason reason)
    {
        var decision = CreditRules.Decide(Input(orderTotal: 0.01m, mode: mode, creditLimit: 0m, balance: 0m, approvedUninvoiced: 0m));

        Assert.Equal(outcome, decision.Outcome);
        Assert.Equal(reason, decision.Reason);
        Assert.Equal(new CreditFigures(0m, 0m, 0m, 0.01m), decision.Figures);
    }

    [Fact]
    public void Figures_show_limit_exposure_available_and_order_total()
    {
        // Exposure 30,000.00 + 20,000.00 = 50,000.00; available 100,000.00 − 50,000.00 = 50,000.00.
        var decision = CreditRules.Decide(Input(orderTotal: 12_345.67m));

        Assert.Equal(new CreditFigures(100_000.00m, 50_000.00m, 50_000.00m, 12_345.67m), decision.Figures);
    }

    // ---- Overdue invoices ------------------------------------------------------------------

    [Fact]
    public void Invoice_overdue_exactly_by_the_grace_days_does_not_block()
    {
        // Due 2026-03-16 + 15 grace days = 2026-03-31 = today: still within grace.
        var decision = CreditRules.Decide(Input(graceDays: 15, invoices: [Invoice("INV-1", "2026-03-16")]));

        Assert.Equal(CreditOutcome.Approved, decision.Outcome);
        Assert.Null(decision.OverdueInvoice);
    }

    [Fact]
    public void Invoice_overdue_one_day_past_the_grace_days_blocks()
    {
        // Due 2026-03-15 + 15 = 2026-03-30 < today 2026-03-31. Overdue 31 − 15 = 16 days.
        var invoice = Invoice("INV-1", "2026-03-15");

        var decision = CreditRules.Decide(Input(graceDays: 15, invoices: [invoice]));

        Assert.Equal(CreditOutcome.Blocked, decision.Outcome);
        Assert.Equal(BlockReason.OverdueInvoice, decision.Reason);
        Assert.Equal(invoice, decision.OverdueInvoice);
        Assert.Equal(16, decision.DaysOverdue);
    }

    [Theory]
    [InlineData("2026-03-31", false, 0)]   // due today
    [InlineData("2026-04-30", false, 0)]   // not yet due
    [InlineData("2026-03-30", true, 1)]
    [InlineData("2025-12-31", true, 90)]   // 31 (Jan) + 28 (Feb) + 31 (Mar) = 90
    public void Without_grace_days_any_invoice_past_its_due_date_blocks(string dueDate, bool blocked, int daysOverdue)
    {
        var decision = CreditRules.Decide(Input(graceDays: 0, invoices: [Invoice("INV-1", dueDate)]));

        Assert.Equal(blocked ? CreditOutcome.Blocked : CreditOutcome.Approved, decision.Outcome);
        Assert.Equal(blocked ? BlockReason.OverdueInvoice : BlockReason.None, decision.Reason);
        Assert.Equal(daysOverdue, decision.DaysOverdue);
    }

    [Fact]
    public void Oldest_overdue_invoice_is_named()
    {
        // Grace 15 → blocking when due before 2026-03-16. INV-C (Jan 20) is the oldest open one;
        // 2026-01-20 → 2026-03-31: 11 (rest of Jan) + 28 (Feb) + 31 (Mar) = 70 days.
        var oldest = Invoice("INV-C", "2026-01-20", 50.00m);
        var decision = CreditRules.Decide(Input(graceDays: 15, invoices:
        [
            Invoice("INV-A", "2026-02-10", 100.00m),
            Invoice("INV-B", "2026-03-25", 900.00m),   // not yet past grace
            oldest,
            Invoice("INV-D", "2026-03-01", 10.00m),
        ]));

        Assert.Equal(BlockReason.OverdueInvoice, decision.Reason);
        Assert.Equal(oldest, decision.OverdueInvoice);
        Assert.Equal(70, decision.DaysOverdue);
    }

    [Fact]
    public void Overdue_invoices_due_the_same_day_are_named_by_number()
    {
        var decision = CreditRules.Decide(Input(graceDays: 0, invoices:
            [Invoice("INV-9", "2026-03-01"), Invoice("INV-10", "2026-03-01"), Invoice("INV-2", "2026-03-01")]));

        Assert.Equal("INV-10", decision.OverdueInvoice?.Number);  // ordinal: "INV-1" < "INV-2" < "INV-9"
        Assert.Equal(30, decision.DaysOverdue);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("0.00")]
    [InlineData("-250.00")]   // a credit note
    public void Overdue_invoice_with_nothing_open_is_ignored(string openAmount)
    {
        var amount = decimal.Parse(openAmount, CultureInfo.InvariantCulture);

        var decision = CreditRules.Decide(Input(graceDays: 0, invoices: [Invoice("INV-1", "2025-12-01", amount)]));

        Assert.Equal(CreditOutcome.Approved, decision.Outcome);
        Assert.Equal(BlockReason.None, decision.Reason);
        Assert.Null(decision.OverdueInvoice);
    }

    [Fact]
    public void Fully_paid_older_invoice_does_not_hide_an_open_overdue_one()
    {
        var open = Invoice("INV-2", "2026-02-01", 0.01m);

        var decision = CreditRules.Decide(Input(graceDays: 0, invoices: [Invoice("INV-1", "2025-12-01", 0m), open]));

        Assert.Equal(open, decision.OverdueInvoice);
        Assert.Equal(58, decision.DaysOverdue);  // 2026-02-01 → 2026-03-31: 27 + 31 = 58
    }

    [Theory]
    [InlineData(CreditMode.Hard)]
    [InlineData(CreditMode.Soft)]
    public void Overdue_invoice_blocks_even_an_order_within_the_limit(CreditMode mode)
    {
        var decision = CreditRules.Decide(Input(orderTotal: 1.00m, mode: mode, graceDays: 0, invoices: [Invoice("INV-1", "2026-03-01")]));

        Assert.Equal(CreditOutcome.Blocked, decision.Outcome);
        Assert.Equal(BlockReason.OverdueInvoice, decision.Reason);
    }

    [Fact]
    public void Overdue_invoice_wins_over_the_limit_in_soft_mode()
    {
        var decision = CreditRules.Decide(Input(orderTotal: 50_000.01m, mode: CreditMode.Soft, graceDays: 0, invoices: [Invoice("INV-1", "2026-03-01")]));

        Assert.Equal(CreditOutcome.Blocked, decision.Outcome);
        Assert.Equal(BlockReason.OverdueInvoice, decision.Reason);
    }

    // ---- Suspension ------------------------------------------------------------------------

    [Theory]
    [InlineData(CreditMode.Hard)]
    [InlineData(CreditMode.Soft)]
    public void Suspended_partner_is_blocked_even_within_the_limit(CreditMode mode)
    {
        var decision = CreditRules.Decide(Input(orderTotal: 1.00m, mode: mode, suspended: true));

        Assert.Equal(CreditOutcome.Blocked, decision.Outcome);
        Assert.Equal(BlockReason.PartnerSuspended, decision.Reason);
    }

    [Fact]
    public void Suspension_wins_over_overdue_invoices_and_the_limit()
    {
        var decision = CreditRules.Decide(Input(
            orderTotal: 999_999.00m, mode: CreditMode.Soft, graceDays: 0, suspended: true,
            invoices: [Invoice("INV-1", "2025-01-01")]));

        Assert.Equal(CreditOutcome.Blocked, decision.Outcome);
        Assert.Equal(BlockReason.PartnerSuspended, decision.Reason);
        Assert.Null(decision.OverdueInvoice);
        Assert.Equal(0, decision.DaysOverdue);
        Assert.Equal(new CreditFigures(100_000.00m, 50_000.00m, 50_000.00m, 999_999.00m), decision.Figures);
    }
}
