namespace PartnerPortal.Infrastructure.Integration;

/// <summary>The result of a bulk write: its summary, or every problem found (and then nothing was saved).</summary>
public sealed record BatchOutcome<T>
{
    private BatchOutcome(T? value, IReadOnlyList<ItemProblem> problems)
    {
        Value = value;
        Problems = problems;
    }

    public T? Value { get; }
    public IReadOnlyList<ItemProblem> Problems { get; }
    public bool Succeeded => Problems.Count == 0;

    public static BatchOutcome<T> Success(T value) => new(value, []);
    public static BatchOutcome<T> Failed(IEnumerable<ItemProblem> problems) => new(default, problems.OrderBy(p => p.Index ?? -1).ToArray());
}
