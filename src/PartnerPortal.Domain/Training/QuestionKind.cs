namespace PartnerPortal.Domain.Training;

/// <summary>How a quiz question is answered, which decides how many of its options may and must be correct.</summary>
public enum QuestionKind
{
    /// <summary>Pick one option; exactly one is correct.</summary>
    SingleChoice,
    /// <summary>Pick every correct option; at least one is correct, and all of them are needed for the point.</summary>
    MultipleChoice,
    /// <summary>Two options, "true" and "false", in that order; exactly one is correct.</summary>
    TrueFalse,
}
