#pragma warning disable CS9113 // STUB
using PartnerPortal.Infrastructure.Access;

namespace PartnerPortal.Infrastructure.Statements;

/// <summary>Account and rebate statements of one partner, with the same scoping as the pages: another partner's is null.</summary>
public sealed class StatementService(PortalDbContextFactory contexts, TimeProvider clock)
{
    /// <returns>Null when the partner does not exist or is not the caller's to see.</returns>
    public Task<AccountStatement?> GetAccountStatementAsync(int partnerId, DateOnly from, DateOnly to, CancellationToken ct = default) =>
        throw new NotImplementedException();

    /// <returns>Null when the partner does not exist or is not the caller's to see.</returns>
    public Task<RebateStatement?> GetRebateStatementAsync(int partnerId, DateOnly from, DateOnly to, CancellationToken ct = default) =>
        throw new NotImplementedException();

    /// <summary>The partners the caller may draw statements for, matching the text; at most 20.</summary>
    public Task<IReadOnlyList<StatementParty>> SearchPartnersAsync(string? text, CancellationToken ct = default) =>
        throw new NotImplementedException();

    /// <summary>The caller's own partner, for dealers; null for brand staff.</summary>
    public Task<StatementParty?> OwnPartnerAsync(CancellationToken ct = default) => throw new NotImplementedException();
}
