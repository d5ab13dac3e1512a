namespace PartnerPortal.Domain.Tests.Training;

/// <summary>
/// A <see cref="Random"/> that returns the numbers a test scripts, so a draw can be worked out by hand. It fails
/// when asked for more numbers than scripted or when a scripted number is outside the range asked for.
/// </summary>
internal sealed class ScriptedRandom(params int[] script) : Random
{
    private readonly Queue<int> _script = new(script);

    public List<(int Min, int Max)> Calls { get; } = [];

    public int Left => _script.Count;

    public override int Next(int maxValue) => Next(0, maxValue);

    public override int Next(int minValue, int maxValue)
    {
        Calls.Add((minValue, maxValue));
        if (_script.Count == 0) throw new InvalidOperationException($"No scripted number left for Next({minValue}, {maxValue}).");
        var value = _script.Dequeue();
        if (value < minValue || value >= maxValue)
            throw new InvalidOperationException($"Scripted {value} is outside Next({minValue}, {maxValue}).");
        return value;
    }

    public override int Next() => throw new NotSupportedException();

    public override double NextDouble() => throw new NotSupportedException();

    protected override double Sample() => throw new NotSupportedException();
}
