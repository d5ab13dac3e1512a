using PartnerPortal.Domain.Credit;

namespace PartnerPortal.Domain.Tests.Credit;

/// <summary>The account's figures move only through its own methods, by hand-computed amounts.</summary>
public sealed class CreditAccountTests
{
    private const int PartnerId = 7;

    /// <summary>Limit 100,000.00, nothing owed, nothing committed.</summary>
    private static CreditAccount Account() => new(PartnerId, new CreditSettings(100_000.00m, CreditMode.Hard, 30, 7));

    private static LedgerEntry Entry(LedgerEntryKind kind, decimal amount, int partnerId = PartnerId) =>
        new() { PartnerId = partnerId, Kind = kind, Amount = amount };

    [Fact]
    public void A_new_account_owes_nothing_and_has_its_whole_limit_available()
    {
        var account = Account();

        Assert.Equal((0m, 0m, 0m, 100_000.00m, 0), (account.Balance, account.ApprovedUninvoiced, account.Exposure, account.Available, account.Version));
    }

    [Fact]
    public void Approve_ship_in_two_parts_and_pay_moves_the_figures_step_by_step()
    {
        var account = Account();

        account.CommitExposure(12_000.00m);                                     // order approved
        Assert.Equal((0m, 12_000.00m, 88_000.00m), (account.Balance, account.ApprovedUninvoiced, account.Available));

        account.PostInvoice(Entry(LedgerEntryKind.Invoice, 5_000.00m));         // first part ships
        Assert.Equal((5_000.00m, 7_000.00m, 88_000.00m), (account.Balance, account.ApprovedUninvoiced, account.Available));

        account.PostInvoice(Entry(LedgerEntryKind.Invoice, 7_000.00m));         // the rest ships
        Assert.Equal((12_000.00m, 0m, 88_000.00m), (account.Balance, account.ApprovedUninvoiced, account.Available));

        account.PostPayment(Entry(LedgerEntryKind.Payment, 4_500.50m));         // 12,000.00 − 4,500.50
        Assert.Equal((7_499.50m, 92_500.50m), (account.Balance, account.Available));
        Assert.Equal(4, account.Version);
    }

    [Theory]
    // kind, amount, balance after (starting from 10,000.00 owed)
    [InlineData(LedgerEntryKind.Payment, 2_500.00, 7_500.00)]
    [InlineData(LedgerEntryKind.CreditNote, 1_234.56, 8_765.44)]
    [InlineData(LedgerEntryKind.DebitNote, 15_750.00, 25_750.00)]
    public void Payments_and_credit_notes_lower_the_balance_and_debit_notes_raise_it(LedgerEntryKind kind, decimal amount, decimal balance)
    {
        var account = Owing(10_000.00m);

        var entry = Entry(kind, amount);
        if (kind == LedgerEntryKind.Payment) account.PostPayment(entry);
        else if (kind == LedgerEntryKind.CreditNote) account.PostCreditNote(entry);
        else account.PostDebitNote(entry);

        Assert.Equal(balance, account.Balance);
        Assert.Equal(100_000.00m - balance, account.Available);
    }

    [Theory]
    [InlineData(LedgerEntryKind.Payment)]
    [InlineData(LedgerEntryKind.CreditNote)]
    public void A_reversal_gives_back_exactly_what_the_payment_or_credit_note_took_off(LedgerEntryKind kind)
    {
        var account = Owing(10_000.00m);
        var original = Entry(kind, 3_000.00m);
        if (kind == LedgerEntryKind.Payment) account.PostPayment(original); else account.PostCreditNote(original);
        Assert.Equal(7_000.00m, account.Balance);

        account.Reverse(original, Entry(LedgerEntryKind.Reversal, 3_000.00m));

        Assert.Equal(10_000.00m, account.Balance);
    }

    [Fact]
    public void Only_payments_and_credit_notes_can_be_reversed_and_only_whole()
    {
        var account = Owing(10_000.00m);
        var payment = Entry(LedgerEntryKind.Payment, 3_000.00m);
        account.PostPayment(payment);

        Assert.Throws<InvalidOperationException>(() => account.Reverse(Entry(LedgerEntryKind.Invoice, 1_000.00m), Entry(LedgerEntryKind.Reversal, 1_000.00m)));
        Assert.Throws<InvalidOperationException>(() => account.Reverse(payment, Entry(LedgerEntryKind.Reversal, 2_999.99m)));
        Assert.Equal(7_000.00m, account.Balance);
    }

    [Fact]
    public void Cancelling_an_approved_order_releases_what_it_committed_and_never_more()
    {
        var account = Account();
        account.CommitExposure(8_000.00m);

        account.ReleaseExposure(8_000.00m);
        Assert.Equal((0m, 100_000.00m), (account.ApprovedUninvoiced, account.Available));

        Assert.Throws<InvalidOperationException>(() => account.ReleaseExposure(0.01m));
        Assert.Equal(0m, account.ApprovedUninvoiced);
    }

    [Fact]
    public void An_invoice_cannot_exceed_what_approved_orders_left_uninvoiced()
    {
        var account = Account();
        account.CommitExposure(1_000.00m);

        Assert.Throws<InvalidOperationException>(() => account.PostInvoice(Entry(LedgerEntryKind.Invoice, 1_000.01m)));
        Assert.Equal((0m, 1_000.00m), (account.Balance, account.ApprovedUninvoiced));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(10.005)]
    public void Amounts_are_positive_and_in_cents(decimal amount)
    {
        var account = Owing(10_000.00m);

        Assert.Throws<ArgumentOutOfRangeException>(() => account.PostPayment(Entry(LedgerEntryKind.Payment, amount)));
        Assert.Equal(10_000.00m, account.Balance);
    }

    [Fact]
    public void Free_goods_commit_and_invoice_zero()
    {
        var account = Account();

        account.CommitExposure(0m);
        account.PostInvoice(Entry(LedgerEntryKind.Invoice, 0m));

        Assert.Equal((0m, 0m, 2), (account.Balance, account.ApprovedUninvoiced, account.Version));
    }

    [Fact]
    public void An_entry_of_the_wrong_kind_or_another_partner_is_refused()
    {
        var account = Owing(10_000.00m);

        Assert.Throws<InvalidOperationException>(() => account.PostPayment(Entry(LedgerEntryKind.CreditNote, 100.00m)));
        Assert.Throws<InvalidOperationException>(() => account.PostPayment(Entry(LedgerEntryKind.Payment, 100.00m, partnerId: 8)));
        Assert.Equal(10_000.00m, account.Balance);
    }

    [Fact]
    public void Changing_settings_raises_the_version_only_when_something_changes()
    {
        var account = Account();

        Assert.False(account.ChangeSettings(new CreditSettings(100_000.00m, CreditMode.Hard, 30, 7)));
        Assert.Equal(0, account.Version);
        Assert.True(account.ChangeSettings(new CreditSettings(80_000.00m, CreditMode.Soft, 45, 10)));
        Assert.Equal((80_000.00m, CreditMode.Soft, 45, 10, 1), (account.CreditLimit, account.Mode, account.PaymentTermsDays, account.GraceDays, account.Version));
    }

    [Fact]
    public void Touch_raises_the_version_and_moves_no_money()
    {
        var account = Owing(10_000.00m);
        var version = account.Version;

        account.Touch();

        Assert.Equal((10_000.00m, version + 1), (account.Balance, account.Version));
    }

    [Theory]
    [InlineData(LedgerEntryKind.Invoice, true)]
    [InlineData(LedgerEntryKind.DebitNote, true)]
    [InlineData(LedgerEntryKind.Reversal, true)]
    [InlineData(LedgerEntryKind.Payment, false)]
    [InlineData(LedgerEntryKind.CreditNote, false)]
    public void Debits_raise_the_balance_and_credits_lower_it(LedgerEntryKind kind, bool raises)
    {
        Assert.Equal(raises, LedgerEntry.RaisesBalance(kind));
        Assert.Equal(raises ? 250.00m : -250.00m, Entry(kind, 250.00m).SignedAmount);
    }

    /// <summary>An account owing <paramref name="balance"/> through one approved, shipped order.</summary>
    private static CreditAccount Owing(decimal balance)
    {
        var account = Account();
        account.CommitExposure(balance);
        account.PostInvoice(Entry(LedgerEntryKind.Invoice, balance));
        return account;
    }
}
