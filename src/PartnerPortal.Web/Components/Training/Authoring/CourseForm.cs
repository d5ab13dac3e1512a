using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Training.Authoring;

namespace PartnerPortal.Web.Components.Training.Authoring;

/// <summary>The course settings form's bindable values; <see cref="ToDraft"/> gives what the rules and the service check.</summary>
public sealed class CourseForm
{
    public string Code { get; set; } = "";
    public string Title { get; set; } = "";
    public string TitleEn { get; set; } = "";
    public string Summary { get; set; } = "";
    public string SummaryEn { get; set; } = "";
    public int PassMark { get; set; } = 80;
    public int QuestionsPerAttempt { get; set; } = 5;
    public int? AttemptLimit { get; set; }
    public int? TimeLimitMinutes { get; set; }
    public bool PartialCredit { get; set; }
    public CorrectAnswersShown ShowCorrectAnswers { get; set; }
    public int PointsOnPassing { get; set; }
    public int? CertificateValidityMonths { get; set; } = 24;
    public int? DueDays { get; set; } = 30;
    public IReadOnlyCollection<string> AudienceRoles { get; set; } = [];
    public IReadOnlyCollection<PartnerTier> AudienceTiers { get; set; } = [];
    public IReadOnlyCollection<int> AudienceRegionIds { get; set; } = [];
    /// <summary>The named learners with their names, for the chips.</summary>
    public List<LearnerOption> AudienceUsers { get; set; } = [];

    public static CourseForm From(CourseEditView course)
    {
        ArgumentNullException.ThrowIfNull(course);
        var d = course.Draft;
        return new CourseForm
        {
            Code = d.Code, Title = d.Title, TitleEn = d.TitleEn, Summary = d.Summary, SummaryEn = d.SummaryEn, PassMark = d.PassMark,
            QuestionsPerAttempt = d.QuestionsPerAttempt, AttemptLimit = d.AttemptLimit, TimeLimitMinutes = d.TimeLimitMinutes,
            PartialCredit = d.PartialCredit, ShowCorrectAnswers = d.ShowCorrectAnswers, PointsOnPassing = d.PointsOnPassing, CertificateValidityMonths = d.CertificateValidityMonths,
            DueDays = d.DueDays, AudienceRoles = d.AudienceRoles.ToList(), AudienceTiers = d.AudienceTiers.ToList(),
            AudienceRegionIds = d.AudienceRegionIds.ToList(), AudienceUsers = course.AudienceUsers.ToList(),
        };
    }

    public CourseDraft ToDraft() => new()
    {
        Code = Code.Trim().ToUpperInvariant(), Title = Title.Trim(), TitleEn = TitleEn.Trim(), Summary = Summary.Trim(), SummaryEn = SummaryEn.Trim(),
        PassMark = PassMark, QuestionsPerAttempt = QuestionsPerAttempt, AttemptLimit = AttemptLimit, TimeLimitMinutes = TimeLimitMinutes,
        PartialCredit = PartialCredit, ShowCorrectAnswers = ShowCorrectAnswers, PointsOnPassing = PointsOnPassing, CertificateValidityMonths = CertificateValidityMonths, DueDays = DueDays,
        AudienceRoles = AudienceRoles.ToList(), AudienceTiers = AudienceTiers.ToList(), AudienceRegionIds = AudienceRegionIds.ToList(),
        AudienceUserIds = AudienceUsers.Select(u => u.UserId).ToList(),
    };
}
