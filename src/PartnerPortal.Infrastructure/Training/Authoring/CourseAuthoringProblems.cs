namespace PartnerPortal.Infrastructure.Training.Authoring;

/// <summary>
/// Problem codes of course authoring beyond <see cref="Domain.Common.ProblemCodes"/>; each has a translated message
/// under the same key.
/// </summary>
public static class CourseAuthoringProblems
{
    /// <summary>The change needs another course status: a published course's quiz is frozen. Args: the course's status.</summary>
    public const string WrongCourseStatus = "Problem.WrongCourseStatus";

    /// <summary>A link that is not an absolute http or https address.</summary>
    public const string InvalidUrl = "Problem.InvalidUrl";

    /// <summary>A due date before today.</summary>
    public const string DueInPast = "Problem.DueInPast";

    /// <summary>A file of a type that is not accepted here. Args: the accepted extensions, e.g. ".jpg, .png, .webp".</summary>
    public const string FileType = "Problem.FileType";

    /// <summary>A file larger than allowed. Args: the most allowed, in megabytes.</summary>
    public const string FileTooLarge = "Problem.FileTooLarge";
}
