using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Pricing;

namespace PartnerPortal.Domain.Credit;

/// <summary>
/// A partner's credit with the brand. Balance and the approved-but-uninvoiced value are kept on the account so that a
/// submission can check and commit credit in one guarded update. The account guards its own figures: they change only
/// through the methods below, each of which raises <see cref="Version"/>, and the ledger is their only caller.
/// </summary>
public sealed class CreditAccount : IPartnerOwned, IAudited
{
    /// <summary>For EF Core.</summary>
    private CreditAccount() { }

    /// <summary>Opens an account with nothing owed and nothing committed.</summary>
    public CreditAccount(int partnerId, CreditSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        PartnerId = partnerId;
        (CreditLimit, Mode, PaymentTermsDays, GraceDays) = (settings.CreditLimit, settings.Mode, settings.PaymentTermsDays, settings.GraceDays);
    }

    /// <summary>Opens the account of a partner that is being created in the same save.</summary>
    public CreditAccount(Partner partner, CreditSettings settings) : this(partner?.Id ?? 0, settings) => Partner = partner;

    public int Id { get; private set; }
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }
    public decimal CreditLimit { get; private set; }
    public CreditMode Mode { get; private set; } = CreditMode.Hard;
    /// <summary>Days from invoice to due date.</summary>
    public int PaymentTermsDays { get; private set; } = 30;
    /// <summary>Days past the due date before an unpaid invoice blocks new orders.</summary>
    public int GraceDays { get; private set; } = 7;
    /// <summary>Invoices + debit notes + reversals − payments − credit notes.</summary>
    public decimal Balance { get; private set; }
    /// <summary>Value of approved orders not yet invoiced.</summary>
    public decimal ApprovedUninvoiced { get; private set; }
    /// <summary>Raised by every change, so that two concurrent commits of credit cannot both succeed.</summary>
    public int Version { get; private set; }

    public decimal Exposure => Balance + ApprovedUninvoiced;
    public decimal Available => CreditLimit - Exposure;

    public CreditSettings Settings => new(CreditLimit, Mode, PaymentTermsDays, GraceDays);

    /// <summary>Sets limit, mode, terms and grace days; false (and nothing raised) when they are already so.</summary>
    public bool ChangeSettings(CreditSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings == Settings) return false;
        (CreditLimit, Mode, PaymentTermsDays, GraceDays) = (settings.CreditLimit, settings.Mode, settings.PaymentTermsDays, settings.GraceDays);
        // A submission that read the old limit must not commit credit against it.
        Version++;
        return true;
    }

    /// <summary>An order is approved: its total counts against the limit until it is invoiced or cancelled.</summary>
    public void CommitExposure(decimal amount)
    {
        RequireAmount(amount, zeroAllowed: true);
        ApprovedUninvoiced += amount;
        Version++;
    }

    /// <summary>An approved order is cancelled before it was invoiced: what it committed is given back.</summary>
    /// <exception cref="InvalidOperationException">More is released than is committed.</exception>
    public void ReleaseExposure(decimal amount)
    {
        RequireAmount(amount, zeroAllowed: true);
        if (amount > ApprovedUninvoiced)
            throw new InvalidOperationException($"Cannot release {amount} of exposure: only {ApprovedUninvoiced} is committed.");
        ApprovedUninvoiced -= amount;
        Version++;
    }

    /// <summary>
    /// An invoice for goods shipped: the balance rises and the amount leaves the approved-but-uninvoiced value. Free goods
    /// (a tier price of zero) make an invoice of zero.
    /// </summary>
    public void PostInvoice(LedgerEntry invoice)
    {
        Require(invoice, LedgerEntryKind.Invoice, zeroAllowed: true);
        if (invoice.Amount > ApprovedUninvoiced)
            throw new InvalidOperationException($"Cannot invoice {invoice.Amount}: only {ApprovedUninvoiced} of approved orders is uninvoiced.");
        Balance += invoice.Amount;
        ApprovedUninvoiced -= invoice.Amount;
        Version++;
    }

    public void PostPayment(LedgerEntry payment) => Post(payment, LedgerEntryKind.Payment);

    public void PostCreditNote(LedgerEntry creditNote) => Post(creditNote, LedgerEntryKind.CreditNote);

    public void PostDebitNote(LedgerEntry debitNote) => Post(debitNote, LedgerEntryKind.DebitNote);

    /// <summary>Undoes a payment or credit note: the reversal raises the balance by what the original lowered it.</summary>
    public void Reverse(LedgerEntry original, LedgerEntry reversal)
    {
        ArgumentNullException.ThrowIfNull(original);
        if (original.Kind is not (LedgerEntryKind.Payment or LedgerEntryKind.CreditNote))
            throw new InvalidOperationException($"A {original.Kind} cannot be reversed; only payments and credit notes can.");
        if (original.PartnerId != PartnerId) throw new InvalidOperationException("The entry belongs to another partner's account.");
        Require(reversal, LedgerEntryKind.Reversal);
        if (reversal.Amount != original.Amount) throw new InvalidOperationException("A reversal undoes the whole entry.");
        Balance += reversal.Amount;
        Version++;
    }

    /// <summary>
    /// Raises the version without moving money, so that a concurrent command on the same account (an approval racing a
    /// rejection of the same order) conflicts and retries against fresh data.
    /// </summary>
    public void Touch() => Version++;

    private void Post(LedgerEntry entry, LedgerEntryKind kind)
    {
        Require(entry, kind);
        Balance += entry.SignedAmount;
        Version++;
    }

    private void Require(LedgerEntry entry, LedgerEntryKind kind, bool zeroAllowed = false)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Kind != kind) throw new InvalidOperationException($"Expected a {kind}, not a {entry.Kind}.");
        if (entry.PartnerId != PartnerId || (entry.Partner is not null && Partner is not null && !ReferenceEquals(entry.Partner, Partner)))
            throw new InvalidOperationException("The entry belongs to another partner's account.");
        RequireAmount(entry.Amount, zeroAllowed);
    }

    private static void RequireAmount(decimal amount, bool zeroAllowed = false)
    {
        if (amount < 0 || (amount == 0 && !zeroAllowed)) throw new ArgumentOutOfRangeException(nameof(amount), amount, "Amounts on an account are positive; the kind of entry gives the sign.");
        if (Money.Round(amount) != amount) throw new ArgumentOutOfRangeException(nameof(amount), amount, $"Amounts have at most {Money.Decimals} decimals.");
    }
}
