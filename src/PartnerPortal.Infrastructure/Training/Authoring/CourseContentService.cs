using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Common;
using static PartnerPortal.Infrastructure.Training.Authoring.CourseAuthoringSupport;

namespace PartnerPortal.Infrastructure.Training.Authoring;

/// <summary>The lessons and the question bank of a draft course. Each change raises the course's version, so that it is audited on the course.</summary>
public sealed class CourseContentService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser)
{
    private const string LessonField = "Lesson";
    private const string QuestionField = "Question";

    /// <returns>The id of the new lesson, added after the others.</returns>
    public async Task<Outcome<int>> AddLessonAsync(int courseId, LessonDraft draft, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        var problems = CourseAuthoringRules.Validate(draft);
        if (problems.Count > 0) return Outcome<int>.Failed(problems);
        return await CommandSupport.RetryAsync(async () =>
        {
            await using var db = await contexts.CreateAsync(ct);
            var (course, refused) = await DraftAsync(db, courseId, lessons: true, questions: false, ct);
            if (course is null) return Outcome<int>.Failed(refused!);
            var lesson = new Lesson { Position = course.Lessons.Select(l => l.Position).DefaultIfEmpty().Max() + 1 };
            Copy(draft, lesson);
            course.Lessons.Add(lesson);
            course.Version++;
            await db.SaveChangesAsync(ct);
            return Outcome<int>.Success(lesson.Id);
        }, ct);
    }

    public async Task<Outcome> UpdateLessonAsync(int courseId, int lessonId, LessonDraft draft, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        var problems = CourseAuthoringRules.Validate(draft);
        if (problems.Count > 0) return Outcome.Failed(problems);
        return await ChangeAsync(courseId, lessons: true, questions: false, course =>
        {
            if (course.Lessons.FirstOrDefault(l => l.Id == lessonId) is not { } lesson) return Outcome.Failed(ProblemCodes.NotFound, LessonField);
            Copy(draft, lesson);
            return Outcome.Success;
        }, ct);
    }

    /// <summary>Deletes a lesson with its materials' rows; the lessons after it move up.</summary>
    public async Task<Outcome> DeleteLessonAsync(int courseId, int lessonId, CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        return await ChangeAsync(courseId, lessons: true, questions: false, course =>
        {
            if (course.Lessons.FirstOrDefault(l => l.Id == lessonId) is not { } lesson) return Outcome.Failed(ProblemCodes.NotFound, LessonField);
            course.Lessons.Remove(lesson);
            Renumber(course.Lessons.OrderBy(l => l.Position).ThenBy(l => l.Id), (l, p) => l.Position = p);
            return Outcome.Success;
        }, ct);
    }

    /// <summary>Moves a lesson up (-1) or down (+1) the list; past either end it stays where it is.</summary>
    public async Task<Outcome> MoveLessonAsync(int courseId, int lessonId, int offset, CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        return await ChangeAsync(courseId, lessons: true, questions: false, course =>
        {
            var ordered = course.Lessons.OrderBy(l => l.Position).ThenBy(l => l.Id).ToList();
            var from = ordered.FindIndex(l => l.Id == lessonId);
            if (from < 0) return Outcome.Failed(ProblemCodes.NotFound, LessonField);
            var to = Math.Clamp(from + Math.Sign(offset), 0, ordered.Count - 1);
            var lesson = ordered[from];
            ordered.RemoveAt(from);
            ordered.Insert(to, lesson);
            Renumber(ordered, (l, p) => l.Position = p);
            return Outcome.Success;
        }, ct);
    }

    /// <returns>The id of the new question, added at the end of the bank.</returns>
    /// <remarks>A question may be saved before an option is marked correct; publishing refuses the course until it is.</remarks>
    public async Task<Outcome<int>> AddQuestionAsync(int courseId, QuestionDraft draft, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        var problems = CourseAuthoringRules.Validate(draft, requireAnswer: false);
        if (problems.Count > 0) return Outcome<int>.Failed(problems);
        return await CommandSupport.RetryAsync(async () =>
        {
            await using var db = await contexts.CreateAsync(ct);
            var (course, refused) = await DraftAsync(db, courseId, lessons: false, questions: true, ct);
            if (course is null) return Outcome<int>.Failed(refused!);
            var question = new CourseQuestion { Position = course.Questions.Select(q => q.Position).DefaultIfEmpty().Max() + 1 };
            Copy(draft, question);
            course.Questions.Add(question);
            course.Version++;
            await db.SaveChangesAsync(ct);
            return Outcome<int>.Success(question.Id);
        }, ct);
    }

    /// <summary>Replaces a draft's question and its options. A published course's questions are frozen.</summary>
    public async Task<Outcome> UpdateQuestionAsync(int courseId, int questionId, QuestionDraft draft, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        var problems = CourseAuthoringRules.Validate(draft, requireAnswer: false);
        if (problems.Count > 0) return Outcome.Failed(problems);
        return await ChangeAsync(courseId, lessons: false, questions: true, course =>
        {
            if (course.Questions.FirstOrDefault(q => q.Id == questionId) is not { } question) return Outcome.Failed(ProblemCodes.NotFound, QuestionField);
            Copy(draft, question);
            return Outcome.Success;
        }, ct);
    }

    public async Task<Outcome> DeleteQuestionAsync(int courseId, int questionId, CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        return await ChangeAsync(courseId, lessons: false, questions: true, course =>
        {
            if (course.Questions.FirstOrDefault(q => q.Id == questionId) is not { } question) return Outcome.Failed(ProblemCodes.NotFound, QuestionField);
            course.Questions.Remove(question);
            Renumber(OrderedQuestions(course), (q, p) => q.Position = p);
            return Outcome.Success;
        }, ct);
    }

    /// <summary>Applies a change to a draft course and saves it with the course's version raised, retrying on a conflict.</summary>
    private Task<Outcome> ChangeAsync(int courseId, bool lessons, bool questions, Func<Course, Outcome> change, CancellationToken ct) =>
        CommandSupport.RetryAsync(async () =>
        {
            await using var db = await contexts.CreateAsync(ct);
            var (course, refused) = await DraftAsync(db, courseId, lessons, questions, ct);
            if (course is null) return Outcome.Failed(refused!);
            var outcome = change(course);
            if (!outcome.Succeeded) return outcome;
            course.Version++;
            await db.SaveChangesAsync(ct);
            return Outcome.Success;
        }, ct);

    /// <summary>The course, tracked, when it exists and is a draft; otherwise the problem that says why not.</summary>
    private static async Task<(Course? Course, IReadOnlyList<Problem>? Refused)> DraftAsync(PortalDbContext db, int courseId, bool lessons, bool questions,
        CancellationToken ct)
    {
        var query = db.Courses.AsQueryable();
        if (lessons) query = query.Include(c => c.Lessons);
        if (questions) query = query.Include(c => c.Questions).ThenInclude(q => q.Options);
        var course = await query.AsSplitQuery().FirstOrDefaultAsync(c => c.Id == courseId, ct);
        if (course is null) return (null, [new Problem(ProblemCodes.NotFound, CourseField)]);
        if (course.Status != CourseStatus.Draft) return (null, [new Problem(CourseAuthoringProblems.WrongCourseStatus, null, course.Status)]);
        return (course, null);
    }

    private static void Copy(LessonDraft d, Lesson lesson)
    {
        lesson.Title = d.Title.Trim();
        lesson.TitleEn = (d.TitleEn ?? "").Trim();
        lesson.Body = (d.Body ?? "").Trim();
        lesson.BodyEn = (d.BodyEn ?? "").Trim();
        lesson.VideoUrl = string.IsNullOrWhiteSpace(d.VideoUrl) ? null : d.VideoUrl.Trim();
    }

    /// <summary>The question's texts and a new set of options, numbered from 1 in the draft's order.</summary>
    private static void Copy(QuestionDraft d, CourseQuestion question)
    {
        question.Kind = d.Kind;
        question.Text = d.Text.Trim();
        question.TextEn = (d.TextEn ?? "").Trim();
        question.Options.Clear();
        foreach (var (option, i) in d.Options.Select((o, i) => (o, i)))
            question.Options.Add(new CourseOption { Position = i + 1, Text = option.Text.Trim(), TextEn = (option.TextEn ?? "").Trim(), IsCorrect = option.IsCorrect });
    }

    private static void Renumber<T>(IEnumerable<T> ordered, Action<T, int> setPosition)
    {
        var position = 1;
        foreach (var item in ordered.ToList()) setPosition(item, position++);
    }
}
