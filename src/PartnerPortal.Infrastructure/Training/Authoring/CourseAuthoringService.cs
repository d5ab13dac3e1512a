using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Users;

namespace PartnerPortal.Infrastructure.Training.Authoring;

/// <summary>
/// Courses for channel managers and administrators: settings, lessons and the question bank while a course is a draft,
/// then publishing (checked by <see cref="CoursePublishRules"/>), archiving and assigning it to partners' staff. A
/// published course's quiz is frozen: attempts were drawn from it. Every read and write is for the brand's staff only;
/// every change raises the course's version, so the audit log records it on the course.
/// Lessons and questions are in CourseAuthoringService.Content.cs, assignments in CourseAuthoringService.Assignments.cs.
/// </summary>
public sealed partial class CourseAuthoringService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser, TimeProvider clock)
{
    private const string CourseField = "Course";

    public async Task<PagedResult<CourseRow>> ListAsync(PageRequest request, CourseStatus? status = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        await using var db = await contexts.CreateAsync(ct);
        var query = db.Courses.AsNoTracking();
        if (status is { } s) query = query.Where(c => c.Status == s);
        if (request.SearchPattern is { } pattern)
            query = query.Where(c => EF.Functions.Like(c.Code, pattern, PageRequest.LikeEscape) || EF.Functions.Like(c.Title, pattern, PageRequest.LikeEscape)
                                     || EF.Functions.Like(c.TitleEn, pattern, PageRequest.LikeEscape));
        var total = await query.CountAsync(ct);
        query = request.SortBy switch
        {
            "Code" => request.Descending ? query.OrderByDescending(c => c.Code) : query.OrderBy(c => c.Code),
            "Title" => request.Descending ? query.OrderByDescending(c => c.Title) : query.OrderBy(c => c.Title),
            "Status" => request.Descending ? query.OrderByDescending(c => c.Status) : query.OrderBy(c => c.Status),
            _ => query.OrderByDescending(c => c.Id),
        };
        var rows = await query.Skip(request.Skip).Take(request.SafePageSize)
            .Select(c => new CourseRow(c.Id, c.Code, c.Title, c.TitleEn, c.Status, c.Lessons.Count, c.Questions.Count, c.CreatedAt, c.PublishedAt))
            .ToListAsync(ct);
        return new PagedResult<CourseRow>(rows, total);
    }

    /// <returns>The course with its lessons, questions (answers included) and assignments to learners the caller can see; null when there is none.</returns>
    public async Task<CourseEditView?> GetAsync(int id, CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        await using var db = await contexts.CreateAsync(ct);
        var course = await db.Courses.AsNoTracking()
            .Include(c => c.Lessons).ThenInclude(l => l.Materials)
            .Include(c => c.Questions).ThenInclude(q => q.Options)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == id, ct);
        if (course is null) return null;

        var lessons = course.Lessons.OrderBy(l => l.Position).ThenBy(l => l.Id)
            .Select(l => new LessonEditView(l.Id, l.Position, l.Title, l.TitleEn, l.Body, l.BodyEn, l.VideoUrl,
                l.Materials.OrderBy(m => m.FileName, StringComparer.Ordinal).Select(m => new MaterialEditView(m.Id, m.FileName, m.ContentType, m.Size)).ToList()))
            .ToList();
        var questions = OrderedQuestions(course)
            .Select(q => new QuestionEditView(q.Id, q.Position, q.Kind, q.Text, q.TextEn,
                q.Options.OrderBy(o => o.Position).ThenBy(o => o.Id).Select(o => new OptionEditView(o.Id, o.Text, o.TextEn, o.IsCorrect)).ToList()))
            .ToList();
        var audience = await LearnerOptionsAsync(db, course.AudienceUserIds, ct);

        var assigned = await db.CourseAssignments.AsNoTracking().Where(a => a.CourseId == id).ToListAsync(ct);
        var learners = (await LearnerOptionsAsync(db, assigned.Select(a => a.UserId).ToList(), ct)).ToDictionary(l => l.UserId);
        var assigner = await ActorNames.ResolveAsync(db, assigned.Select(a => a.AssignedByUserName), ct);
        var assignments = assigned.Where(a => learners.ContainsKey(a.UserId))
            .Select(a => new AssignmentRow(learners[a.UserId], a.DueOn, a.AssignedAt, assigner(a.AssignedByUserName)))
            .OrderBy(a => a.Learner.PartnerCode, StringComparer.Ordinal).ThenBy(a => a.Learner.DisplayName, StringComparer.Ordinal)
            .ToList();

        return new CourseEditView(course.Id, course.Status, CourseDraft.From(course), course.CoverImage, course.CreatedAt, course.PublishedAt,
            lessons, questions, audience, assignments);
    }

    public async Task<CourseEditorOptions> GetEditorOptionsAsync(CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        await using var db = await contexts.CreateAsync(ct);
        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.Code).Select(r => new RegionOption(r.Id, r.Code, r.Name, r.NameEn)).ToListAsync(ct);
        return new CourseEditorOptions(regions);
    }

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

    private static IEnumerable<CourseQuestion> OrderedQuestions(Course course) => course.Questions.OrderBy(q => q.Position).ThenBy(q => q.Id);
}
