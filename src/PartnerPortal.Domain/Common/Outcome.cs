namespace PartnerPortal.Domain.Common;

/// <summary>The result of a command: success, or the problems that stopped it (nothing was saved).</summary>
public sealed record Outcome
{
    private Outcome(IReadOnlyList<Problem> problems) => Problems = problems;

    public IReadOnlyList<Problem> Problems { get; }
    public bool Succeeded => Problems.Count == 0;

    public static Outcome Success { get; } = new([]);
    public static Outcome Failed(IEnumerable<Problem> problems) => new(problems.ToArray());
    public static Outcome Failed(string code, string? field = null, params object[] args) => new([new Problem(code, field, args)]);
}

/// <summary>The result of a command that produces a value, such as the id of a new row.</summary>
public sealed record Outcome<T>
{
    private Outcome(T? value, IReadOnlyList<Problem> problems)
    {
        Value = value;
        Problems = problems;
    }

    public T? Value { get; }
    public IReadOnlyList<Problem> Problems { get; }
    public bool Succeeded => Problems.Count == 0;

    public static Outcome<T> Success(T value) => new(value, []);
    public static Outcome<T> Failed(IEnumerable<Problem> problems) => new(default, problems.ToArray());
    public static Outcome<T> Failed(string code, string? field = null, params object[] args) => new(default, [new Problem(code, field, args)]);
}
