using Bunit;
using PartnerPortal.Domain.Statements;
using PartnerPortal.Web.Components.Statements;
using PartnerPortal.Web.Localization;
using PartnerPortal.Web.Tests.Support;

namespace PartnerPortal.Web.Tests.Statements;

/// <summary>A statement's dates: typed into plain date inputs or set by a preset counted from the clock.</summary>
public sealed class StatementRangeFieldsTests : BunitTestContext
{
    // 17 November 2026, 10:00 in UTC+8.
    private static readonly StatementPresets Presets = new(new FixedClock(new DateTimeOffset(2026, 11, 17, 2, 0, 0, TimeSpan.Zero)));

    private DateOnly? _from = new(2026, 10, 1);
    private DateOnly? _to = new(2026, 10, 31);

    private IRenderedComponent<StatementRangeFields> RenderFields(Func<StatementPreset, StatementDateRange> presets) =>
        Render<StatementRangeFields>(p => p
            .Add(x => x.From, _from)
            .Add(x => x.FromChanged, d => _from = d)
            .Add(x => x.To, _to)
            .Add(x => x.ToChanged, d => _to = d)
            .Add(x => x.PresetRange, presets)
            .Add(x => x.TestId, "account"));

    private static AngleSharp.Dom.IElement Input(IRenderedComponent<StatementRangeFields> cut, string testId) =>
        cut.Find($"input[data-testid={testId}]");

    [Fact]
    public void The_dates_are_plain_date_inputs_holding_yyyy_mm_dd()
    {
        var cut = RenderFields(Presets.Account);

        Assert.Equal("date", Input(cut, "account-from").GetAttribute("type"));
        Assert.Equal("2026-10-01", Input(cut, "account-from").GetAttribute("value"));
        Assert.Equal("2026-10-31", Input(cut, "account-to").GetAttribute("value"));
        Assert.Empty(cut.FindAll("[data-testid=account-range-problem]"));
    }

    [Fact]
    public void A_typed_date_is_taken_and_an_incomplete_one_is_no_date()
    {
        var cut = RenderFields(Presets.Account);

        Input(cut, "account-from").Change("2026-09-15");
        Assert.Equal(new DateOnly(2026, 9, 15), _from);

        Input(cut, "account-to").Change("");
        Assert.Null(_to);
    }

    [Theory]
    [InlineData(StatementPreset.ThisMonth, "2026-11-01", "2026-11-17")]
    [InlineData(StatementPreset.LastMonth, "2026-10-01", "2026-10-31")]
    [InlineData(StatementPreset.ThisQuarter, "2026-10-01", "2026-11-17")]
    [InlineData(StatementPreset.LastQuarter, "2026-07-01", "2026-09-30")]
    [InlineData(StatementPreset.ThisYear, "2026-01-01", "2026-11-17")]
    public void A_preset_sets_both_dates_from_the_clock(StatementPreset preset, string from, string to)
    {
        var cut = RenderFields(Presets.Account);

        cut.Find($"[data-testid=account-preset-{preset}]").Click();

        Assert.Equal((DateOnly.Parse(from), DateOnly.Parse(to)), (_from!.Value, _to!.Value));
    }

    [Fact]
    public void The_preset_matching_the_dates_is_pressed()
    {
        UseCulture(PortalCultures.English);
        var cut = RenderFields(Presets.Rebate);
        Assert.Equal("true", cut.Find("[data-testid=account-preset-LastMonth]").GetAttribute("aria-pressed"));
        Assert.Equal("false", cut.Find("[data-testid=account-preset-ThisMonth]").GetAttribute("aria-pressed"));

        (_from, _to) = (new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30));
        cut = RenderFields(Presets.Rebate);

        Assert.Equal("true", cut.Find("[data-testid=account-preset-LastQuarter]").GetAttribute("aria-pressed"));
        Assert.Equal("false", cut.Find("[data-testid=account-preset-ThisQuarter]").GetAttribute("aria-pressed"));
        Assert.Equal(["This month", "Last month", "This quarter", "Last quarter", "This year"],
            cut.FindAll("[data-testid$=-presets] button").Select(b => b.TextContent.Trim()).ToArray());
    }

    [Theory]
    [InlineData(null, "2026-10-31", "Choose both dates.")]
    [InlineData("2026-11-01", "2026-10-31", "The start date must not be after the end date.")]
    [InlineData("2023-01-01", "2026-01-01", "The date range may be at most 3 years.")]
    public void A_range_that_cannot_be_drawn_says_why(string? from, string to, string message)
    {
        UseCulture(PortalCultures.English);
        (_from, _to) = (from is null ? null : DateOnly.Parse(from), DateOnly.Parse(to));

        var cut = RenderFields(Presets.Account);

        Assert.Equal(message, cut.Find("[data-testid=account-range-problem]").TextContent.Trim());
    }

    [Fact]
    public void The_presets_speak_chinese()
    {
        UseCulture(PortalCultures.Chinese);

        var cut = RenderFields(Presets.Account);

        Assert.Contains("上季度", cut.Find("[data-testid=account-preset-LastQuarter]").TextContent);
    }

    private sealed class FixedClock(DateTimeOffset utcNow) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => utcNow;
        public override TimeZoneInfo LocalTimeZone { get; } = TimeZoneInfo.CreateCustomTimeZone("UTC+8", TimeSpan.FromHours(8), "UTC+8", "UTC+8");
    }
}
