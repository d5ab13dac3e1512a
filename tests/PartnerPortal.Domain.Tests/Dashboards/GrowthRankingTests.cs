using PartnerPortal.Domain.Dashboards;

namespace PartnerPortal.Domain.Tests.Dashboards;

public class GrowthRankingTests
{
    private sealed record Row(string Code, decimal? Growth);

    /// <summary>"P1:0.25" → a partner with +25 %; "P5:" → no growth figure (nothing shipped a year earlier).</summary>
    private static List<Row> Rows(string rows) => rows.Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(r => r.Split(':'))
        .Select(p => new Row(p[0], p[1].Length == 0 ? null : decimal.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture)))
        .ToList();

    private static string Codes(IEnumerable<Row> rows) => string.Join(" ", rows.Select(r => r.Code));

    [Theory]
    // partners (code:growth),                              size, growing,        declining
    [InlineData("P1:0.25 P2:-0.04 P3:0.416 P4:0 P5: P6:-0.5", 5, "P3 P1",        "P6 P2")]   // zero and unknown are in neither list
    [InlineData("P1:-0.04 P2:0.416",                         5, "P2",           "P1")]      // the issue: −4.0 % is not growth, +41.6 % is not decline
    [InlineData("P1:0.1 P2:0.2 P3:0.3",                      5, "P3 P2 P1",     "")]        // nobody declined: an empty list, not the smallest growth
    [InlineData("P1:-0.1 P2:-0.2",                           5, "",             "P2 P1")]   // nobody grew
    [InlineData("P1:0 P2: P3:0",                             5, "",             "")]
    [InlineData("P1:0.1 P2:0.2 P3:0.3 P4:-0.1 P5:-0.3",       2, "P3 P2",        "P5 P4")]   // the size caps each list
    [InlineData("P2:0.2 P1:0.2 P4:-0.2 P3:-0.2",              5, "P1 P2",        "P3 P4")]   // ties by code
    [InlineData("P1:0.0001 P2:-0.0001",                      5, "P1",           "P2")]      // the smallest change still counts
    public void Growth_lists_hold_only_growth_and_decline_lists_only_decline(string partners, int size, string growing, string declining)
    {
        var rows = Rows(partners);

        Assert.Equal(growing, Codes(GrowthRanking.Growing(rows, r => r.Growth, r => r.Code, size)));
        Assert.Equal(declining, Codes(GrowthRanking.Declining(rows, r => r.Growth, r => r.Code, size)));
    }
}
