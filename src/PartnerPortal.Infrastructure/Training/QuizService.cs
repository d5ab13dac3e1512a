using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Common;

namespace PartnerPortal.Infrastructure.Training;

/// <summary>Quiz attempts, drawn and scored on the server: correct answers never leave it before the attempt ends.</summary>
public sealed class QuizService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser, TimeProvider clock)
{
    /// <returns>The attempt's id: the one in progress, or a new one when the limit allows.</returns>
    public async Task<Outcome<int>> StartAttemptAsync(int courseId, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        return await CommandSupport.RetryAsync(async () =>
        {
            await using var db = await contexts.CreateAsync(ct);
            var learner = await CourseAccess.LearnerAsync(db, user, ct);
            var course = learner is null ? null : await CourseAccess.OpenCourseAsync(db, learner, courseId, withQuestions: true, ct);
            if (learner is null || course is null) return Outcome<int>.Failed(ProblemCodes.NotFound, "Course");

            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var mine = await db.QuizAttempts.Where(a => a.CourseId == courseId && a.UserId == learner.UserId).ToListAsync(ct);
            var now = clock.GetUtcNow();
            var running = mine.FirstOrDefault(a => a.Status == AttemptStatus.InProgress);
            if (running is not null)
            {
                if (!IsOver(running, now)) return Outcome<int>.Success(running.Id);
                await AttemptFinisher.FinishAsync(db, running, course, AttemptStatus.Expired, now, Today, ct);
            }
            if (!AttemptRules.CanStartAttempt(mine.Count, course.AttemptLimit))
            {
                await tx.CommitAsync(ct);
                return Outcome<int>.Failed(ProblemCodes.AttemptLimitReached, null, course.AttemptLimit ?? 0);
            }

            var bank = course.Questions.Select(q => q.ToQuiz(english: false)).ToList();
            var attempt = new QuizAttempt
            {
                CourseId = courseId, UserId = learner.UserId, UserName = learner.UserName, PartnerId = learner.PartnerId, Number = mine.Count + 1,
                Status = AttemptStatus.InProgress, StartedAt = now, ExpiresAt = AttemptClock.ExpiresAt(now, TimeLimit(course)),
                Questions = QuizDraw.Draw(bank, Math.Min(course.QuestionsPerAttempt, bank.Count), Random.Shared),
            };
            db.QuizAttempts.Add(attempt);
            await db.SaveChangesAsync(ct); // the unique (course, learner, number) refuses a second start racing this one
            await tx.CommitAsync(ct);
            return Outcome<int>.Success(attempt.Id);
        }, ct);
    }

    /// <summary>The attempt as its taker sees it; an attempt whose time ran out is scored first.</summary>
    /// <returns>Null unless the attempt is the caller's own.</returns>
    public async Task<AttemptView?> GetAttemptAsync(int attemptId, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        var (attempt, course) = await CommandSupport.RetryAsync(async () =>
        {
            await using var db = await contexts.CreateAsync(ct);
            var attempt = await OwnAsync(db, user, attemptId, ct);
            if (attempt is null) return (null, null);
            var course = await CourseWithQuestionsAsync(db, attempt.CourseId, ct);
            if (attempt.Status == AttemptStatus.InProgress && IsOver(attempt, clock.GetUtcNow()))
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                await AttemptFinisher.FinishAsync(db, attempt, course, AttemptStatus.Expired, clock.GetUtcNow(), Today, ct);
                await tx.CommitAsync(ct);
            }
            return ((QuizAttempt?)attempt, (Course?)course);
        }, ct);
        return attempt is null ? null : await ViewAsync(attempt, course!, ct);
    }

    /// <summary>Saves one question's answer while the attempt runs.</summary>
    public async Task<Outcome> SaveAnswerAsync(int attemptId, SubmittedAnswer answer, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var user = await currentUser.GetAsync(ct);
        return await CommandSupport.RetryAsync(async () =>
        {
            await using var db = await contexts.CreateAsync(ct);
            var attempt = await OwnAsync(db, user, attemptId, ct);
            if (attempt is null) return Outcome.Failed(ProblemCodes.NotFound, "Attempt");
            if (attempt.Status != AttemptStatus.InProgress || IsOver(attempt, clock.GetUtcNow()))
                return Outcome.Failed(ProblemCodes.AttemptEnded, null);
            var question = attempt.Questions.FirstOrDefault(q => q.QuestionId == answer.QuestionId);
            if (question is null || answer.SelectedOptionIds.Any(id => !question.OptionIds.Contains(id)))
                return Outcome.Failed(ProblemCodes.NotFound, "Question");
            attempt.Answers = attempt.Answers.Where(a => a.QuestionId != answer.QuestionId)
                .Append(new SubmittedAnswer(answer.QuestionId, answer.SelectedOptionIds.Distinct().ToList())).ToList();
            attempt.Version++;
            await db.SaveChangesAsync(ct);
            return Outcome.Success;
        }, ct);
    }

    /// <summary>Ends the attempt and scores it; a pass credits the course's points once and issues a certificate. Submitting an ended attempt again returns its result.</summary>
    public async Task<Outcome<AttemptResult>> SubmitAsync(int attemptId, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        var (attempt, course) = await CommandSupport.RetryAsync(async () =>
        {
            await using var db = await contexts.CreateAsync(ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var attempt = await OwnAsync(db, user, attemptId, ct);
            if (attempt is null) return (null, null);
            var course = await CourseWithQuestionsAsync(db, attempt.CourseId, ct);
            if (attempt.Status == AttemptStatus.InProgress)
            {
                var now = clock.GetUtcNow();
                await AttemptFinisher.FinishAsync(db, attempt, course, IsOver(attempt, now) ? AttemptStatus.Expired : AttemptStatus.Submitted, now, Today, ct);
                await tx.CommitAsync(ct);
            }
            return ((QuizAttempt?)attempt, (Course?)course);
        }, ct);
        if (attempt is null) return Outcome<AttemptResult>.Failed(ProblemCodes.NotFound, "Attempt");
        return Outcome<AttemptResult>.Success((await ViewAsync(attempt, course!, ct)).Result!);
    }

    private async Task<AttemptView> ViewAsync(QuizAttempt attempt, Course course, CancellationToken ct)
    {
        var english = LearningService.English;
        var bank = course.Questions.Select(q => q.ToQuiz(english)).ToList();
        AttemptResult? result = null;
        if (attempt.Status != AttemptStatus.InProgress)
        {
            var score = QuizScoring.Score(attempt.Questions, bank, attempt.Answers, course.PassMark, course.PartialCredit);
            await using var db = await contexts.CreateAsync(ct);
            string? certificate = null;
            if (attempt.CertificateId is { } certificateId)
                certificate = await db.Certificates.Where(c => c.Id == certificateId).Select(c => c.Code).FirstOrDefaultAsync(ct);
            var mine = await db.QuizAttempts.AsNoTracking().Where(a => a.CourseId == course.Id && a.UserId == attempt.UserId)
                .Select(a => new { a.Status, a.Passed }).ToListAsync(ct);
            // Which questions were wrong and what was right leave the server only when the course's setting allows it.
            var shown = CorrectAnswerRules.MayShow(course.ShowCorrectAnswers, mine.Any(a => a.Passed == true), mine.Count, course.AttemptLimit,
                mine.Any(a => a.Status == AttemptStatus.InProgress));
            var outcomes = shown
                ? score.Questions.Select(q => new QuestionOutcome(q.QuestionId, q.IsCorrect, q.SelectedOptionIds, q.CorrectOptionIds)).ToList()
                : [];
            result = new AttemptResult(attempt.ScorePercent ?? score.ScorePercent, attempt.Passed ?? score.Passed, score.CorrectCount, score.QuestionCount,
                outcomes, attempt.PointsAwarded, certificate, shown, course.ShowCorrectAnswers);
        }
        return new AttemptView(attempt.Id, course.Id, course.Title, course.TitleEn, attempt.Number, attempt.Status, attempt.StartedAt,
            AttemptClock.Deadline(attempt.StartedAt, TimeLimit(course)), course.PassMark, QuizPaper.ForTaker(attempt.Questions, bank),
            attempt.Answers, result);
    }

    /// <summary>The caller's own attempt; an attempt of a colleague at the same partner is not theirs to see.</summary>
    private static Task<QuizAttempt?> OwnAsync(PortalDbContext db, CurrentUser user, int attemptId, CancellationToken ct) =>
        user.UserId is null ? Task.FromResult<QuizAttempt?>(null)
            : db.QuizAttempts.FirstOrDefaultAsync(a => a.Id == attemptId && a.UserId == user.UserId, ct);

    private static Task<Course> CourseWithQuestionsAsync(PortalDbContext db, int courseId, CancellationToken ct) =>
        db.Courses.AsNoTracking().Include(c => c.Questions).ThenInclude(q => q.Options).AsSplitQuery().FirstAsync(c => c.Id == courseId, ct);

    private static TimeSpan? TimeLimit(Course course) => course.TimeLimitMinutes is { } m ? TimeSpan.FromMinutes(m) : null;

    private static bool IsOver(QuizAttempt attempt, DateTimeOffset now) => attempt.ExpiresAt is { } expires && now > expires;

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().Date);

}
