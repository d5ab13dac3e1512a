using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Tests.Common;

/// <summary>Assertions on <see cref="Problem"/> lists by code and field (order does not matter).</summary>
internal static class ProblemAssert
{
    public static void None(IEnumerable<Problem> problems) => Assert.Empty(problems);

    public static void Exactly(IEnumerable<Problem> problems, params (string Code, string? Field)[] expected)
    {
        var actual = problems
            .Select(p => (p.Code, p.Field))
            .OrderBy(p => p.Code, StringComparer.Ordinal)
            .ThenBy(p => p.Field, StringComparer.Ordinal)
            .ToArray();
        var wanted = expected
            .OrderBy(p => p.Code, StringComparer.Ordinal)
            .ThenBy(p => p.Field, StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(wanted, actual);
    }

    /// <summary>Exactly one problem, with this code, field and message arguments.</summary>
    public static Problem Single(IEnumerable<Problem> problems, string code, string? field, params object[] args)
    {
        var problem = Assert.Single(problems);
        Assert.Equal(code, problem.Code);
        Assert.Equal(field, problem.Field);
        Assert.Equal(args, problem.Args);
        return problem;
    }
}
