using System.Globalization;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Tests.Common;

namespace PartnerPortal.Domain.Tests.Partners;

public class PartnerDocumentRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 15);

    private static PartnerDocumentDraft AValidDraft() => new(
        PartnerDocumentKind.BusinessLicense, "91310000MA1K00001X", new DateOnly(2020, 5, 8), new DateOnly(2040, 5, 7), "正本存档");

    // ---- Validate --------------------------------------------------------------------------

    [Fact]
    public void Valid_draft_has_no_problems()
    {
        ProblemAssert.None(PartnerDocumentRules.Validate(AValidDraft()));
    }

    [Fact]
    public void Issue_date_and_note_are_optional()
    {
        ProblemAssert.None(PartnerDocumentRules.Validate(AValidDraft() with { IssuedOn = null, Note = "" }));
    }

    [Fact]
    public void Issued_on_the_expiry_day_is_allowed()
    {
        var day = new DateOnly(2027, 1, 1);

        ProblemAssert.None(PartnerDocumentRules.Validate(AValidDraft() with { IssuedOn = day, ExpiresOn = day }));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Number_is_required(string number)
    {
        ProblemAssert.Single(PartnerDocumentRules.Validate(AValidDraft() with { Number = number }), ProblemCodes.Required, "Number");
    }

    [Fact]
    public void Number_of_50_characters_is_allowed_but_not_51()
    {
        ProblemAssert.None(PartnerDocumentRules.Validate(AValidDraft() with { Number = new string('A', 50) }));
        ProblemAssert.Single(PartnerDocumentRules.Validate(AValidDraft() with { Number = new string('A', 51) }),
            ProblemCodes.TooLong, "Number", PartnerDocument.NumberMaxLength);
    }

    [Fact]
    public void Note_of_200_characters_is_allowed_but_not_201()
    {
        ProblemAssert.None(PartnerDocumentRules.Validate(AValidDraft() with { Note = new string('注', 200) }));
        ProblemAssert.Single(PartnerDocumentRules.Validate(AValidDraft() with { Note = new string('注', 201) }),
            ProblemCodes.TooLong, "Note", PartnerDocument.NoteMaxLength);
    }

    [Fact]
    public void Expiry_date_is_required()
    {
        ProblemAssert.Single(PartnerDocumentRules.Validate(AValidDraft() with { ExpiresOn = null }), ProblemCodes.Required, "ExpiresOn");
    }

    [Fact]
    public void Issued_after_the_expiry_date_is_refused_at_the_issue_date()
    {
        var draft = AValidDraft() with { IssuedOn = new DateOnly(2027, 1, 2), ExpiresOn = new DateOnly(2027, 1, 1) };

        ProblemAssert.Single(PartnerDocumentRules.Validate(draft), ProblemCodes.IssuedAfterExpiry, "IssuedOn");
    }

    [Fact]
    public void Kind_must_be_one_of_the_defined_kinds()
    {
        ProblemAssert.Single(PartnerDocumentRules.Validate(AValidDraft() with { Kind = (PartnerDocumentKind)99 }), ProblemCodes.Required, "Kind");
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var draft = new PartnerDocumentDraft((PartnerDocumentKind)(-1), "", null, null, new string('x', 201));

        ProblemAssert.Exactly(PartnerDocumentRules.Validate(draft),
            (ProblemCodes.Required, "Kind"), (ProblemCodes.Required, "Number"), (ProblemCodes.Required, "ExpiresOn"), (ProblemCodes.TooLong, "Note"));
    }

    // ---- StateOf ---------------------------------------------------------------------------

    [Theory]
    [InlineData("2026-03-14", ExpiryState.Expired)]      // yesterday
    [InlineData("2025-12-31", ExpiryState.Expired)]
    [InlineData("2026-03-15", ExpiryState.ExpiringSoon)] // today: still valid, but only today
    [InlineData("2026-03-16", ExpiryState.ExpiringSoon)]
    [InlineData("2026-04-14", ExpiryState.ExpiringSoon)] // today + 30
    [InlineData("2026-04-15", ExpiryState.Valid)]        // today + 31
    [InlineData("2036-03-15", ExpiryState.Valid)]
    public void State_as_of_today_with_the_default_30_days_warning(string expiresOn, ExpiryState expected)
    {
        Assert.Equal(expected, PartnerDocumentRules.StateOf(DateOnly.Parse(expiresOn, CultureInfo.InvariantCulture), Today));
    }

    [Theory]
    [InlineData("2026-03-22", 7, ExpiryState.ExpiringSoon)] // today + 7
    [InlineData("2026-03-23", 7, ExpiryState.Valid)]        // today + 8
    [InlineData("2026-03-15", 0, ExpiryState.ExpiringSoon)] // no warning window: only the last day
    [InlineData("2026-03-16", 0, ExpiryState.Valid)]
    public void State_with_another_warning_window(string expiresOn, int warnDays, ExpiryState expected)
    {
        Assert.Equal(expected, PartnerDocumentRules.StateOf(DateOnly.Parse(expiresOn, CultureInfo.InvariantCulture), Today, warnDays));
    }

    [Fact]
    public void State_counts_days_across_a_year_end()
    {
        var newYearsEve = new DateOnly(2026, 12, 31);

        Assert.Equal(ExpiryState.ExpiringSoon, PartnerDocumentRules.StateOf(new DateOnly(2027, 1, 30), newYearsEve));
        Assert.Equal(ExpiryState.Valid, PartnerDocumentRules.StateOf(new DateOnly(2027, 1, 31), newYearsEve));
    }
}
