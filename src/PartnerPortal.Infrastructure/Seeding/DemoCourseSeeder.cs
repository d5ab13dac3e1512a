using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Training;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>
/// The demo training (assets/demo/courses.json): published courses with their lessons and question banks, assignments
/// due <see cref="Course.DueDays"/> from today, and some learners' history: finished lessons and attempts taken days
/// ago. Attempts are drawn as the app draws them (with a fixed seed, so every machine gets the same papers) and
/// finished through <see cref="AttemptFinisher"/>, so that scores, points and certificates are the app's own.
/// </summary>
internal sealed class DemoCourseSeeder(PortalDbContext db, TimeProvider clock)
{
    /// <summary>The seed of the draws.</summary>
    public const int DrawSeed = 2026;

    /// <summary>The options of a true/false question, "true" then "false" as the app expects them.</summary>
    public static readonly (string Text, string TextEn) TrueOption = ("对", "True");
    public static readonly (string Text, string TextEn) FalseOption = ("错", "False");

    /// <summary>How long a demo learner took over an attempt, unless the time limit is shorter.</summary>
    private static readonly TimeSpan TakingTime = TimeSpan.FromMinutes(7);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public sealed record OptionRow(string Text, string TextEn, bool Correct);
    /// <param name="Options">The options of a choice question, in the author's order; none for true/false.</param>
    /// <param name="Answer">Whether a true/false statement is true; null for a choice question.</param>
    public sealed record QuestionRow(QuestionKind Kind, string Text, string TextEn, IReadOnlyList<OptionRow>? Options, bool? Answer);
    public sealed record LessonRow(string Title, string TitleEn, string Body, string BodyEn, string? VideoUrl);
    public sealed record CourseRow(
        string Code, string Title, string TitleEn, string Summary, string SummaryEn, int PublishedDaysAgo,
        int QuestionsPerAttempt, int PassMark, int? AttemptLimit, int? TimeLimitMinutes, bool PartialCredit, int PointsOnPassing,
        int? CertificateValidityMonths, int? DueDays, IReadOnlyList<string> AudienceRoles, IReadOnlyList<PartnerTier> AudienceTiers,
        IReadOnlyList<LessonRow> Lessons, IReadOnlyList<QuestionRow> Questions);
    /// <param name="User">The learner's e-mail.</param>
    /// <param name="AssignedBy">The e-mail of the manager who assigned the course.</param>
    public sealed record AssignmentRow(string Course, string User, string AssignedBy);
    /// <param name="Correct">How many of the drawn questions the learner answers right; the others are answered wrongly.</param>
    public sealed record AttemptRow(int DaysAgo, int Correct);
    /// <param name="LessonsDone">The first lessons of the course the learner finished, all on the day <paramref name="LessonsDaysAgo"/>.</param>
    /// <param name="Attempts">In order, each at least as recent as the one before and after the lessons.</param>
    public sealed record HistoryRow(string User, string Course, int LessonsDone, int LessonsDaysAgo, IReadOnlyList<AttemptRow> Attempts);
    public sealed record CoursesFile(IReadOnlyList<CourseRow> Courses, IReadOnlyList<AssignmentRow> Assignments, IReadOnlyList<HistoryRow> History);

    public static CoursesFile Load(string folder)
    {
        var path = Path.Combine(folder, "courses.json");
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<CoursesFile>(stream, Json) ?? throw new InvalidDataException($"{path} is empty.");
    }

    public async Task SeedAsync(CoursesFile data, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var courses = data.Courses.ToDictionary(row => row.Code, row => ToCourse(row, now));
        db.Courses.AddRange(courses.Values);
        await db.SaveChangesAsync(ct);

        var users = await db.Users.Where(u => u.Email != null)
            .Select(u => new { u.Id, Email = u.Email!, UserName = u.DisplayName == "" ? u.Email! : u.DisplayName, u.PartnerId }).ToDictionaryAsync(u => u.Email, ct);
        var roles = (await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .ToListAsync(ct)).ToLookup(x => x.UserId, x => x.Name ?? "");
        var partners = await db.Partners.Select(p => new { p.Id, p.Tier, p.RegionId }).ToDictionaryAsync(p => p.Id, ct);
        var today = LocalDate(now);

        foreach (var row in data.Assignments)
        {
            var course = Find(courses, row.Course);
            db.CourseAssignments.Add(new CourseAssignment
            {
                CourseId = course.Id, UserId = Find(users, row.User).Id, DueOn = course.DueDays is { } days ? today.AddDays(days) : null,
                AssignedAt = now, AssignedByUserName = Find(users, row.AssignedBy).UserName,
            });
        }
        await db.SaveChangesAsync(ct);
        var assigned = data.Assignments.Select(a => (a.Course, a.User)).ToHashSet();

        var random = new Random(DrawSeed);
        foreach (var row in data.History)
        {
            var course = Find(courses, row.Course);
            var user = Find(users, row.User);
            var what = $"Demo training history of {row.User} in {row.Course}";
            if (user.PartnerId is not { } partnerId) throw new InvalidDataException($"{what}: the user is no partner's staff.");
            var partner = partners[partnerId];
            var learner = new Learner(user.Id, user.UserName, roles[user.Id].ToList(), partnerId, partner.Tier, partner.RegionId);
            if (!learner.CanTake(course, assigned.Contains((row.Course, row.User))))
                throw new InvalidDataException($"{what}: the course is not open to the user.");
            CheckHistory(row, course, what);

            var lessonsDoneAt = now.AddDays(-row.LessonsDaysAgo);
            db.LessonProgress.AddRange(course.Lessons.OrderBy(l => l.Position).Take(row.LessonsDone).Select((lesson, i) => new LessonProgress
            {
                UserId = user.Id, CourseId = course.Id, LessonId = lesson.Id, CompletedAt = lessonsDoneAt.AddMinutes(25 * (i + 1)),
            }));
            await db.SaveChangesAsync(ct);

            var bank = course.Questions.Select(q => q.ToQuiz(english: false)).ToList();
            var timeLimit = course.TimeLimitMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : (TimeSpan?)null;
            for (var n = 0; n < row.Attempts.Count; n++)
            {
                // Started and saved first, as the app does: the certificate a pass earns names the attempt.
                var startedAt = now.AddDays(-row.Attempts[n].DaysAgo);
                var attempt = new QuizAttempt
                {
                    CourseId = course.Id, UserId = user.Id, UserName = user.UserName, PartnerId = partnerId, Number = n + 1,
                    Status = AttemptStatus.InProgress, StartedAt = startedAt, ExpiresAt = AttemptClock.ExpiresAt(startedAt, timeLimit),
                    Questions = QuizDraw.Draw(bank, course.QuestionsPerAttempt, random),
                };
                db.QuizAttempts.Add(attempt);
                await db.SaveChangesAsync(ct);

                attempt.Answers = Answers(attempt.Questions, bank, row.Attempts[n].Correct);
                var finishedAt = startedAt + (timeLimit is { } limit && limit <= TakingTime ? limit / 2 : TakingTime);
                await AttemptFinisher.FinishAsync(db, attempt, course, AttemptStatus.Submitted, finishedAt, LocalDate(finishedAt), ct);
            }
        }
        db.ChangeTracker.Clear();
    }

    /// <summary>The course, published; its quiz must pass <see cref="CoursePublishRules"/> in both languages.</summary>
    private static Course ToCourse(CourseRow row, DateTimeOffset now)
    {
        if (row.Lessons.Count == 0) throw new InvalidDataException($"Demo course {row.Code} has no lessons.");
        if (row.AudienceRoles.FirstOrDefault(r => !PortalRoles.RequiresPartner(r)) is { } role)
            throw new InvalidDataException($"Demo course {row.Code}: {role} is not a role of partner staff.");
        var questions = row.Questions.Select((q, i) => ToQuestion(row.Code, q, i + 1)).ToList();
        foreach (var english in new[] { false, true })
        {
            // Not saved yet: number the questions and options so that the rules can tell them apart.
            var bank = questions.Select(q => new QuizQuestion(q.Position, q.Kind, english ? q.TextEn : q.Text,
                q.Options.Select(o => new QuizOption(o.Position, english ? o.TextEn : o.Text, o.IsCorrect)).ToList())).ToList();
            var problems = CoursePublishRules.Validate(new CoursePublishDraft(bank, row.QuestionsPerAttempt, row.PassMark, row.AttemptLimit,
                row.TimeLimitMinutes, row.PartialCredit, row.PointsOnPassing, row.CertificateValidityMonths));
            if (problems.Count > 0)
                throw new InvalidDataException($"Demo course {row.Code} cannot be published{(english ? " (English texts)" : "")}: "
                    + string.Join("; ", problems.Select(p => $"{p.Code} {p.Field}")));
        }

        return new Course
        {
            Code = row.Code, Title = row.Title, TitleEn = row.TitleEn, Summary = row.Summary, SummaryEn = row.SummaryEn,
            Status = CourseStatus.Published, QuestionsPerAttempt = row.QuestionsPerAttempt, PassMark = row.PassMark,
            AttemptLimit = row.AttemptLimit, TimeLimitMinutes = row.TimeLimitMinutes, PartialCredit = row.PartialCredit,
            PointsOnPassing = row.PointsOnPassing, CertificateValidityMonths = row.CertificateValidityMonths, DueDays = row.DueDays,
            AudienceRoles = [.. row.AudienceRoles], AudienceTiers = [.. row.AudienceTiers],
            CreatedAt = now.AddDays(-row.PublishedDaysAgo - 7), PublishedAt = now.AddDays(-row.PublishedDaysAgo),
            Lessons = row.Lessons.Select((l, i) => new Lesson
            {
                Position = i + 1, Title = l.Title, TitleEn = l.TitleEn, Body = l.Body, BodyEn = l.BodyEn, VideoUrl = l.VideoUrl,
            }).ToList(),
            Questions = questions,
        };
    }

    private static CourseQuestion ToQuestion(string course, QuestionRow row, int position)
    {
        IReadOnlyList<OptionRow> options = row.Kind == QuestionKind.TrueFalse
            ? row.Answer is { } answer && row.Options is null
                ? [new(TrueOption.Text, TrueOption.TextEn, answer), new(FalseOption.Text, FalseOption.TextEn, !answer)]
                : throw new InvalidDataException($"Demo course {course}, question {position}: a true/false question has an answer and no options.")
            : row.Options is { } choices && row.Answer is null
                ? choices
                : throw new InvalidDataException($"Demo course {course}, question {position}: a choice question has options and no answer.");
        return new CourseQuestion
        {
            Position = position, Kind = row.Kind, Text = row.Text, TextEn = row.TextEn,
            Options = options.Select((o, i) => new CourseOption { Position = i + 1, Text = o.Text, TextEn = o.TextEn, IsCorrect = o.Correct }).ToList(),
        };
    }

    private static void CheckHistory(HistoryRow row, Course course, string what)
    {
        if (row.LessonsDone < 0 || row.LessonsDone > course.Lessons.Count)
            throw new InvalidDataException($"{what}: {row.LessonsDone} lessons done of {course.Lessons.Count}.");
        if (row.Attempts.Count > 0 && (row.LessonsDone == 0 || row.LessonsDaysAgo <= row.Attempts[0].DaysAgo))
            throw new InvalidDataException($"{what}: the lessons come before the first attempt.");
        if (course.AttemptLimit is { } limit && row.Attempts.Count > limit)
            throw new InvalidDataException($"{what}: more attempts than the course allows.");
        for (var n = 0; n < row.Attempts.Count; n++)
        {
            if (row.Attempts[n].Correct < 0 || row.Attempts[n].Correct > course.QuestionsPerAttempt)
                throw new InvalidDataException($"{what}: attempt {n + 1} answers {row.Attempts[n].Correct} of {course.QuestionsPerAttempt} right.");
            if (row.Attempts[n].DaysAgo < 1 || (n > 0 && row.Attempts[n].DaysAgo > row.Attempts[n - 1].DaysAgo))
                throw new InvalidDataException($"{what}: attempt {n + 1} is not in the past after the one before.");
        }
    }

    /// <summary>The first <paramref name="correct"/> drawn questions answered right, the others wrongly (unanswered when every option is right).</summary>
    private static List<SubmittedAnswer> Answers(IReadOnlyList<AttemptQuestion> drawn, IReadOnlyList<QuizQuestion> bank, int correct)
    {
        var questions = bank.ToDictionary(q => q.Id);
        return drawn.Select((d, i) =>
        {
            var options = questions[d.QuestionId].Options.ToDictionary(o => o.Id);
            var right = d.OptionIds.Where(id => options[id].IsCorrect).ToList();
            var wrong = d.OptionIds.Where(id => !options[id].IsCorrect).Take(1).ToList();
            return new SubmittedAnswer(d.QuestionId, i < correct ? right : wrong);
        }).ToList();
    }

    private DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, clock.LocalTimeZone).Date);

    private static T Find<T>(Dictionary<string, T> rows, string key) =>
        rows.TryGetValue(key, out var found) ? found : throw new InvalidDataException($"Demo training data: {key} is not in the demo data.");
}
