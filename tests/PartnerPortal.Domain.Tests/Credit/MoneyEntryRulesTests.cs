using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Credit;
using PartnerPortal.Domain.Credit.Rules;

namespace PartnerPortal.Domain.Tests.Credit;

/// <summary>A payment names its reference or why it has none; a reversal names its reason, and "other" says what.</summary>
public sealed class MoneyEntryRulesTests
{
    [Theory]
    [InlineData("ICBC-20261207-01", null, null, null)]
    [InlineData("ICBC-20261207-01", "  ", null, null)]
    [InlineData(null, "现金，客户到店付款", null, null)]
    [InlineData("", "cash at the counter", null, null)]
    [InlineData(null, null, ProblemCodes.ReferenceOrReasonRequired, "Reference")]
    [InlineData("  ", "\t", ProblemCodes.ReferenceOrReasonRequired, "Reference")]
    [InlineData("ICBC-1", "no slip", ProblemCodes.ReferenceAndReason, "NoReferenceReason")]
    [InlineData("ICBC\u202E-1", null, ProblemCodes.ForbiddenCharacter, "Reference")]
    public void A_payment_needs_a_reference_or_the_reason_it_has_none(string? reference, string? reason, string? code, string? field)
    {
        var problems = MoneyEntryRules.CheckPaymentReference(reference, reason);

        if (code is null) Assert.Empty(problems);
        else Assert.Equal((code, field), (Assert.Single(problems).Code, problems[0].Field));
    }

    [Fact]
    public void Over_long_references_and_reasons_are_named()
    {
        Assert.Equal((ProblemCodes.TooLong, "Reference"),
            Single(MoneyEntryRules.CheckPaymentReference(new string('x', LedgerEntry.ReferenceMaxLength + 1), null)));
        Assert.Equal((ProblemCodes.TooLong, "NoReferenceReason"),
            Single(MoneyEntryRules.CheckPaymentReference(null, new string('x', LedgerEntry.NoteMaxLength + 1))));
        Assert.Empty(MoneyEntryRules.CheckPaymentReference(null, "第一行\n第二行"));
    }

    [Theory]
    [InlineData(ReversalReason.Bounced, null, null, null)]
    [InlineData(ReversalReason.Bounced, "银行退票通知 2026-12-07", null, null)]
    [InlineData(ReversalReason.WrongPartner, null, null, null)]
    [InlineData(ReversalReason.Other, "重复录入", null, null)]
    [InlineData(ReversalReason.Other, null, ProblemCodes.Required, "Note")]
    [InlineData(ReversalReason.Other, "   ", ProblemCodes.Required, "Note")]
    [InlineData(null, null, ProblemCodes.Required, "Reason")]
    [InlineData((ReversalReason)9, null, ProblemCodes.Required, "Reason")]
    [InlineData(ReversalReason.WrongPartner, "bad\u0000note", ProblemCodes.ForbiddenCharacter, "Note")]
    public void A_reversal_needs_a_known_reason_and_a_note_for_other(ReversalReason? reason, string? note, string? code, string? field)
    {
        var problems = MoneyEntryRules.CheckReversal(reason, note);

        if (code is null) Assert.Empty(problems);
        else Assert.Equal((code, field), (Assert.Single(problems).Code, problems[0].Field));
    }

    [Fact]
    public void An_over_long_reversal_note_is_named()
    {
        Assert.Equal((ProblemCodes.TooLong, "Note"),
            Single(MoneyEntryRules.CheckReversal(ReversalReason.Other, new string('x', LedgerEntry.NoteMaxLength + 1))));
        Assert.Empty(MoneyEntryRules.CheckReversal(ReversalReason.Other, new string('x', LedgerEntry.NoteMaxLength)));
    }

    private static (string, string?) Single(IReadOnlyList<Problem> problems) => (Assert.Single(problems).Code, problems[0].Field);
}
