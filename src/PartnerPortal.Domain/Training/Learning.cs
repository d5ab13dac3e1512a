using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Partners;

namespace PartnerPortal.Domain.Training;

/// <summary>A course assigned to a learner, with a due date.</summary>
public sealed class CourseAssignment
{
    public int Id { get; set; }
    public int CourseId { get; set; }
    public Course? Course { get; set; }
    public string UserId { get; set; } = "";
    public DateOnly? DueOn { get; set; }
    public DateTimeOffset AssignedAt { get; set; }
    public string AssignedByUserName { get; set; } = "";
}

/// <summary>A lesson a learner has finished.</summary>
public sealed class LessonProgress
{
    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public int CourseId { get; set; }
    public int LessonId { get; set; }
    public DateTimeOffset CompletedAt { get; set; }
}

public enum AttemptStatus
{
    InProgress,
    Submitted,
    /// <summary>The time limit passed before submission; scored with the answers saved by then.</summary>
    Expired,
}

/// <summary>
/// One try at a course's quiz: the questions drawn and their option order, the answers as saved, and, once
/// submitted or expired, the score worked out on the server.
/// </summary>
public sealed class QuizAttempt : IPartnerOwned
{
    public int Id { get; set; }
    public int CourseId { get; set; }
    public Course? Course { get; set; }
    public string UserId { get; set; } = "";
    public string UserName { get; set; } = "";
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }
    /// <summary>1 for the learner's first attempt at the course, and so on.</summary>
    public int Number { get; set; }
    public AttemptStatus Status { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    /// <summary>When the time limit ends the attempt (grace included); null without a time limit.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }
    public IReadOnlyList<AttemptQuestion> Questions { get; set; } = [];
    public IReadOnlyList<SubmittedAnswer> Answers { get; set; } = [];
    public DateTimeOffset? FinishedAt { get; set; }
    public int? ScorePercent { get; set; }
    public bool? Passed { get; set; }
    /// <summary>The questions answered wrongly, shown after the attempt ends.</summary>
    public IReadOnlyList<int> WrongQuestionIds { get; set; } = [];
    /// <summary>The course's points this attempt credited: 0 unless it was the learner's first pass.</summary>
    public int PointsAwarded { get; set; }
    public int? CertificateId { get; set; }
    /// <summary>Raised by every change: saving answers and finishing cannot overwrite each other.</summary>
    public int Version { get; set; }
}

/// <summary>Proof of a passed course, checkable by anyone at /verify/{code}.</summary>
public sealed class Certificate : IPartnerOwned
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public int CourseId { get; set; }
    public Course? Course { get; set; }
    public string UserId { get; set; } = "";
    public string HolderName { get; set; } = "";
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }
    public int AttemptId { get; set; }
    public DateOnly PassedOn { get; set; }
    public DateOnly? ValidUntil { get; set; }
    public DateTimeOffset IssuedAt { get; set; }
}
