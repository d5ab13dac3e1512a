namespace PartnerPortal.Domain.Training;

/// <summary>
/// One option of a bank question, with whether it is correct. Server side only: what the taker's browser gets is
/// a <see cref="TakerOption"/>, which has no correctness flag (DESIGN rule 8).
/// </summary>
public sealed record QuizOption(int Id, string Text, bool IsCorrect)
{
    public const int TextMaxLength = 300;
}
