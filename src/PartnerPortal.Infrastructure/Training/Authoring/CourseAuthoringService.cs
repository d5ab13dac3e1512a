using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Data;
using static PartnerPortal.Infrastructure.Training.Authoring.CourseAuthoringSupport;

namespace PartnerPortal.Infrastructure.Training.Authoring;

/// <summary>
/// Courses for channel managers and administrators: settings, lessons and the question bank while a course is a draft,
/// then publishing (checked by <see cref="CoursePublishRules"/>), archiving and assigning it to partners' staff. A
/// published course's quiz is frozen: attempts were drawn from it. Every read and write is for the brand's staff only;
/// every change raises the course's version, so the audit log records it on the course.
/// Reading courses is <see cref="CourseAuthoringQueryService"/>, lessons and questions <see cref="CourseContentService"/>,
/// assignments <see cref="CourseAssignmentService"/>.
/// </summary>
public sealed class CourseAuthoringService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser, TimeProvider clock)
{
    /// <returns>The id of the new draft.</returns>
    public async Task<Outcome<int>> CreateAsync(CourseDraft draft, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        return await CommandSupport.RetryAsync(async () =>
        {
            await using var db = await contexts.CreateAsync(ct);
            var problems = await ValidateAsync(db, draft, null, ct);
            if (problems.Count > 0) return Outcome<int>.Failed(problems);
            var course = new Course { Status = CourseStatus.Draft, CreatedAt = clock.GetUtcNow() };
            Copy(draft, course, draft.AudienceUserIds ?? []);
            db.Courses.Add(course);
            await db.SaveChangesAsync(ct);
            return Outcome<int>.Success(course.Id);
        }, ct);
    }

    /// <summary>Changes a draft's settings. A published course's quiz and rewards are frozen; it can only be archived.</summary>
    public async Task<Outcome> UpdateAsync(int id, CourseDraft draft, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        return await CommandSupport.RetryAsync(async () =>
        {
            await using var db = await contexts.CreateAsync(ct);
            var course = await db.Courses.FirstOrDefaultAsync(c => c.Id == id, ct);
            if (course is null) return Outcome.Failed(ProblemCodes.NotFound, CourseField);
            if (course.Status != CourseStatus.Draft) return Outcome.Failed(CourseAuthoringProblems.WrongCourseStatus, null, course.Status);
            var problems = await ValidateAsync(db, draft, course, ct);
            if (problems.Count > 0) return Outcome.Failed(problems);

            // Named learners the caller cannot see (another manager's region) stay: the caller could neither see nor remove them.
            var visible = (await LearnerOptionsAsync(db, course.AudienceUserIds, ct)).Select(l => l.UserId).ToHashSet(StringComparer.Ordinal);
            var kept = course.AudienceUserIds.Where(u => !visible.Contains(u));
            Copy(draft, course, (draft.AudienceUserIds ?? []).Concat(kept));
            course.Version++;
            await db.SaveChangesAsync(ct);
            return Outcome.Success;
        }, ct);
    }

    /// <summary>
    /// Publishes a draft: from then on learners it is meant for can take it. Refused with the problems of
    /// <see cref="CoursePublishRules.Validate"/> ("Questions[3].Options": the fourth question has no correct option)
    /// and "Lessons" when there is no lesson.
    /// </summary>
    public async Task<Outcome> PublishAsync(int id, CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        return await CommandSupport.RetryAsync(async () =>
        {
            await using var db = await contexts.CreateAsync(ct);
            var course = await db.Courses.Include(c => c.Lessons).Include(c => c.Questions).ThenInclude(q => q.Options).AsSplitQuery()
                .FirstOrDefaultAsync(c => c.Id == id, ct);
            if (course is null) return Outcome.Failed(ProblemCodes.NotFound, CourseField);
            if (course.Status != CourseStatus.Draft) return Outcome.Failed(CourseAuthoringProblems.WrongCourseStatus, null, course.Status);

            var problems = PublishProblems(course);
            if (problems.Count > 0) return Outcome.Failed(problems);
            course.Status = CourseStatus.Published;
            course.PublishedAt = clock.GetUtcNow();
            course.Version++;
            await db.SaveChangesAsync(ct);
            return Outcome.Success;
        }, ct);
    }

    /// <summary>What stops the course from being published; the same list the publish command returns.</summary>
    public static IReadOnlyList<Problem> PublishProblems(Course course)
    {
        ArgumentNullException.ThrowIfNull(course);
        var problems = new List<Problem>();
        if (course.Lessons.Count == 0) problems.Add(new Problem(ProblemCodes.Required, nameof(Course.Lessons)));
        var draft = new CoursePublishDraft(OrderedQuestions(course).Select(q => q.ToQuiz(false)).ToList(), course.QuestionsPerAttempt,
            course.PassMark, course.AttemptLimit, course.TimeLimitMinutes, course.PartialCredit, course.PointsOnPassing, course.CertificateValidityMonths);
        problems.AddRange(CoursePublishRules.Validate(draft));
        return problems;
    }

    /// <summary>Takes a draft or published course out of use: learners no longer see it; certificates and points earned stay.</summary>
    public async Task<Outcome> ArchiveAsync(int id, CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        return await CommandSupport.RetryAsync(async () =>
        {
            await using var db = await contexts.CreateAsync(ct);
            var course = await db.Courses.FirstOrDefaultAsync(c => c.Id == id, ct);
            if (course is null) return Outcome.Failed(ProblemCodes.NotFound, CourseField);
            if (course.Status == CourseStatus.Archived) return Outcome.Failed(CourseAuthoringProblems.WrongCourseStatus, null, course.Status);
            course.Status = CourseStatus.Archived;
            course.Version++;
            await db.SaveChangesAsync(ct);
            return Outcome.Success;
        }, ct);
    }

    /// <summary>
    /// Changes when learners see the right options of an ended attempt, also on a published course: the quiz itself
    /// stays frozen, only what its results reveal changes. Raises the course's version, so the audit log records it.
    /// </summary>
    public async Task<Outcome> SetShowCorrectAnswersAsync(int id, CorrectAnswersShown show, CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        if (!Enum.IsDefined(show)) return Outcome.Failed(ProblemCodes.NotFound, nameof(CourseDraft.ShowCorrectAnswers));
        return await CommandSupport.RetryAsync(async () =>
        {
            await using var db = await contexts.CreateAsync(ct);
            var course = await db.Courses.FirstOrDefaultAsync(c => c.Id == id, ct);
            if (course is null) return Outcome.Failed(ProblemCodes.NotFound, CourseField);
            if (course.Status == CourseStatus.Archived) return Outcome.Failed(CourseAuthoringProblems.WrongCourseStatus, null, course.Status);
            if (course.ShowCorrectAnswers == show) return Outcome.Success;
            course.ShowCorrectAnswers = show;
            course.Version++;
            await db.SaveChangesAsync(ct);
            return Outcome.Success;
        }, ct);
    }

    /// <summary>The settings' rules plus: the code is not another course's, the regions exist, and named learners are the caller's to name.</summary>
    private static async Task<List<Problem>> ValidateAsync(PortalDbContext db, CourseDraft draft, Course? existing, CancellationToken ct)
    {
        var problems = CourseAuthoringRules.Validate(draft).ToList();
        if (!problems.Any(p => p.Field == nameof(draft.Code)))
        {
            var code = TextRules.NormalizeCode(draft.Code);
            if (await db.Courses.AnyAsync(c => c.Code == code && (existing == null || c.Id != existing.Id), ct))
                problems.Add(new Problem(ProblemCodes.Duplicate, nameof(draft.Code), code));
        }
        var regionIds = (draft.AudienceRegionIds ?? []).Distinct().ToList();
        if (regionIds.Count > 0 && await db.Regions.CountAsync(r => regionIds.Contains(r.Id), ct) != regionIds.Count)
            problems.Add(new Problem(ProblemCodes.NotFound, nameof(draft.AudienceRegionIds)));
        var added = (draft.AudienceUserIds ?? []).Distinct(StringComparer.Ordinal)
            .Where(u => existing is null || !existing.AudienceUserIds.Contains(u)).ToList();
        if (added.Count > 0 && await Learners(db).CountAsync(u => added.Contains(u.Id), ct) != added.Count)
            problems.Add(new Problem(ProblemCodes.OutsideScope, nameof(draft.AudienceUserIds)));
        return problems;
    }

    /// <summary>Copies the settings, trimmed, and each audience entry once, in order.</summary>
    private static void Copy(CourseDraft d, Course c, IEnumerable<string> audienceUserIds)
    {
        c.Code = TextRules.NormalizeCode(d.Code);
        c.Title = d.Title.Trim();
        c.TitleEn = (d.TitleEn ?? "").Trim();
        c.Summary = (d.Summary ?? "").Trim();
        c.SummaryEn = (d.SummaryEn ?? "").Trim();
        c.PassMark = d.PassMark;
        c.QuestionsPerAttempt = d.QuestionsPerAttempt;
        c.AttemptLimit = d.AttemptLimit;
        c.TimeLimitMinutes = d.TimeLimitMinutes;
        c.PartialCredit = d.PartialCredit;
        c.ShowCorrectAnswers = d.ShowCorrectAnswers;
        c.PointsOnPassing = d.PointsOnPassing;
        c.CertificateValidityMonths = d.CertificateValidityMonths;
        c.DueDays = d.DueDays;
        c.AudienceRoles = (d.AudienceRoles ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        c.AudienceTiers = (d.AudienceTiers ?? []).Distinct().Order().ToList();
        c.AudienceRegionIds = (d.AudienceRegionIds ?? []).Distinct().Order().ToList();
        c.AudienceUserIds = audienceUserIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }
}
