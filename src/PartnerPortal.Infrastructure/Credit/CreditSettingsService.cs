using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Pricing;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;

namespace PartnerPortal.Infrastructure.Credit;

/// <summary>
/// Sets a partner's credit limit, mode, payment terms and grace days. Saved through the context, so the audit log
/// records who changed what, with the values before and after; the account is opened when the partner has none.
/// </summary>
public sealed class CreditSettingsService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser)
{
    public const int MaxPaymentTermsDays = 365;
    public const int MaxGraceDays = 90;
    /// <summary>The largest amount the database column (18 digits, 2 decimals) holds.</summary>
    public const decimal MaxCreditLimit = 9_999_999_999_999_999.99m;

    public async Task<Outcome> UpdateAsync(int partnerId, CreditSettings settings, CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        ArgumentNullException.ThrowIfNull(settings);
        var problems = Check(settings);
        if (problems.Count > 0) return Outcome.Failed(problems);
        return await CommandSupport.RetryAsync(() => TryUpdateAsync(partnerId, settings, ct), ct);
    }

    internal static List<Problem> Check(CreditSettings s)
    {
        var problems = new List<Problem>();
        if (s.CreditLimit < 0) problems.Add(new Problem(ProblemCodes.NegativeAmount, nameof(s.CreditLimit)));
        else if (s.CreditLimit > MaxCreditLimit) problems.Add(new Problem(ProblemCodes.OutOfRange, nameof(s.CreditLimit), 0, MaxCreditLimit));
        else if (Money.Round(s.CreditLimit) != s.CreditLimit) problems.Add(new Problem(ProblemCodes.TooManyDecimals, nameof(s.CreditLimit), Money.Decimals));
        if (!Enum.IsDefined(s.Mode)) problems.Add(new Problem(ProblemCodes.Required, nameof(s.Mode)));
        if (s.PaymentTermsDays is < 0 or > MaxPaymentTermsDays)
            problems.Add(new Problem(ProblemCodes.OutOfRange, nameof(s.PaymentTermsDays), 0, MaxPaymentTermsDays));
        if (s.GraceDays is < 0 or > MaxGraceDays) problems.Add(new Problem(ProblemCodes.OutOfRange, nameof(s.GraceDays), 0, MaxGraceDays));
        return problems;
    }

    private async Task<Outcome> TryUpdateAsync(int partnerId, CreditSettings settings, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await db.Partners.AnyAsync(p => p.Id == partnerId, ct)) return Outcome.Failed(ProblemCodes.NotFound, "Partner");
        var account = await db.CreditAccounts.FirstOrDefaultAsync(a => a.PartnerId == partnerId, ct);
        if (account is null) db.CreditAccounts.Add(new CreditAccount(partnerId, settings));
        else if (!account.ChangeSettings(settings)) return Outcome.Success;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Outcome.Success;
    }
}
