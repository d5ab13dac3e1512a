using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Training;

/// <summary>A learner's courses and lessons: what is assigned or open to them, and their progress.</summary>
public sealed class LearningService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser, TimeProvider clock)
{
    public async Task<MyLearning> GetMyLearningAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var learner = await CourseAccess.LearnerAsync(db, await currentUser.GetAsync(ct), ct);
        if (learner is null) return new MyLearning([], []);

        var courses = await db.Courses.AsNoTracking().Where(c => c.Status == CourseStatus.Published).OrderBy(c => c.Code).ToListAsync(ct);
        var lessonCounts = await db.Lessons.GroupBy(l => l.CourseId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var assignments = await db.CourseAssignments.AsNoTracking().Where(a => a.UserId == learner.UserId).ToDictionaryAsync(a => a.CourseId, ct);
        var done = await db.LessonProgress.Where(p => p.UserId == learner.UserId).GroupBy(p => p.CourseId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var attempts = (await db.QuizAttempts.AsNoTracking().Where(a => a.UserId == learner.UserId)
            .Select(a => new { a.CourseId, a.Status, a.ScorePercent, a.Passed }).ToListAsync(ct)).ToLookup(a => a.CourseId);
        var certificates = (await db.Certificates.AsNoTracking().Where(c => c.UserId == learner.UserId).OrderByDescending(c => c.IssuedAt)
            .Select(c => new { c.CourseId, c.Code }).ToListAsync(ct)).ToLookup(c => c.CourseId, c => c.Code);

        CourseCard Card(Course c)
        {
            var mine = attempts[c.Id].ToList();
            var lessonsDone = done.GetValueOrDefault(c.Id);
            var state = mine.Any(a => a.Passed == true) ? LearnerCourseState.Passed
                : mine.Any(a => a.Status == AttemptStatus.InProgress) || (lessonsDone > 0 && mine.Count == 0) ? LearnerCourseState.InProgress
                : mine.Count > 0 ? LearnerCourseState.Failed
                : LearnerCourseState.NotStarted;
            return new CourseCard(c.Id, c.Code, c.Title, c.TitleEn, c.Summary, c.SummaryEn, c.CoverImage, assignments.GetValueOrDefault(c.Id)?.DueOn,
                lessonsDone, lessonCounts.GetValueOrDefault(c.Id), state, mine.Max(a => a.ScorePercent), certificates[c.Id].FirstOrDefault(),
                c.PointsOnPassing);
        }

        var open = courses.Where(c => learner.CanTake(c, assignments.ContainsKey(c.Id))).ToList();
        return new MyLearning(
            open.Where(c => assignments.ContainsKey(c.Id)).Select(Card).OrderBy(c => c.DueOn ?? DateOnly.MaxValue).ToList(),
            open.Where(c => !assignments.ContainsKey(c.Id)).Select(Card).ToList());
    }

    /// <returns>Null when the course is not published or not open to the caller.</returns>
    public async Task<CourseView?> GetCourseAsync(int courseId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var learner = await CourseAccess.LearnerAsync(db, await currentUser.GetAsync(ct), ct);
        if (learner is null) return null;
        var course = await CourseAccess.OpenCourseAsync(db, learner, courseId, withQuestions: false, ct);
        if (course is null) return null;

        var done = (await db.LessonProgress.Where(p => p.UserId == learner.UserId && p.CourseId == courseId).Select(p => p.LessonId).ToListAsync(ct)).ToHashSet();
        var attempts = await db.QuizAttempts.AsNoTracking().Where(a => a.UserId == learner.UserId && a.CourseId == courseId).OrderBy(a => a.Number)
            .Select(a => new AttemptSummary(a.Id, a.Number, a.Status, a.StartedAt, a.FinishedAt, a.ScorePercent, a.Passed)).ToListAsync(ct);
        var certificate = await db.Certificates.Where(c => c.UserId == learner.UserId && c.CourseId == courseId).OrderByDescending(c => c.IssuedAt)
            .Select(c => c.Code).FirstOrDefaultAsync(ct);
        var inProgress = attempts.LastOrDefault(a => a.Status == AttemptStatus.InProgress)?.Id;
        return new CourseView(course.Id, course.Code, course.Title, course.TitleEn, course.Summary, course.SummaryEn, course.CoverImage,
            course.Lessons.OrderBy(l => l.Position).Select(l => new LessonLink(l.Id, l.Position, l.Title, l.TitleEn, done.Contains(l.Id))).ToList(),
            course.QuestionsPerAttempt, course.PassMark, course.TimeLimitMinutes, course.AttemptLimit, attempts.Count, course.PointsOnPassing,
            course.CertificateValidityMonths, inProgress, attempts, certificate,
            inProgress is not null || AttemptRules.CanStartAttempt(attempts.Count, course.AttemptLimit));
    }

    public async Task<LessonView?> GetLessonAsync(int courseId, int lessonId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var learner = await CourseAccess.LearnerAsync(db, await currentUser.GetAsync(ct), ct);
        if (learner is null) return null;
        var course = await CourseAccess.OpenCourseAsync(db, learner, courseId, withQuestions: false, ct);
        var lessons = course?.Lessons.OrderBy(l => l.Position).ToList() ?? [];
        var index = lessons.FindIndex(l => l.Id == lessonId);
        if (course is null || index < 0) return null;
        var lesson = lessons[index];
        var completed = await db.LessonProgress.AnyAsync(p => p.UserId == learner.UserId && p.LessonId == lessonId, ct);
        return new LessonView(course.Id, course.Title, course.TitleEn, lesson.Id, index + 1, lessons.Count, lesson.Title, lesson.TitleEn,
            lesson.Body, lesson.BodyEn, SafeVideoUrl(lesson.VideoUrl),
            lesson.Materials.OrderBy(m => m.FileName, StringComparer.Ordinal).Select(m => new MaterialLink(m.Id, m.FileName, m.Size)).ToList(),
            index > 0 ? lessons[index - 1].Id : null, index + 1 < lessons.Count ? lessons[index + 1].Id : null, completed);
    }

    public async Task<Outcome> CompleteLessonAsync(int courseId, int lessonId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var learner = await CourseAccess.LearnerAsync(db, await currentUser.GetAsync(ct), ct);
        if (learner is null) return Outcome.Failed(ProblemCodes.NotFound, "Course");
        var course = await CourseAccess.OpenCourseAsync(db, learner, courseId, withQuestions: false, ct);
        if (course is null || course.Lessons.All(l => l.Id != lessonId)) return Outcome.Failed(ProblemCodes.NotFound, "Lesson");
        if (await db.LessonProgress.AnyAsync(p => p.UserId == learner.UserId && p.LessonId == lessonId, ct)) return Outcome.Success;
        db.LessonProgress.Add(new LessonProgress { UserId = learner.UserId, CourseId = courseId, LessonId = lessonId, CompletedAt = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Marked done a moment ago in another tab (the unique index refused the second row): nothing more to do.
            await using var check = await contexts.CreateAsync(ct);
            if (!await check.LessonProgress.AnyAsync(p => p.UserId == learner.UserId && p.LessonId == lessonId, ct)) throw;
        }
        return Outcome.Success;
    }

    /// <summary>Only http and https links reach the page.</summary>
    internal static string? SafeVideoUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.ToString() : null;

    internal static bool English => CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.OrdinalIgnoreCase);
}
