namespace PartnerPortal.Domain.Common;

/// <summary>A number read from typed text: its value, or the one problem that stopped it.</summary>
public readonly record struct TypedNumberResult<T>(T Value, Problem? Problem)
{
    public bool Succeeded => Problem is null;

    public static TypedNumberResult<T> Ok(T value) => new(value, null);

    public static TypedNumberResult<T> Failed(Problem problem) => new(default!, problem);
}
