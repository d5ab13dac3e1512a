using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Points;
using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Training;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;
using static PartnerPortal.Infrastructure.Tests.Training.TrainingTestKit;

namespace PartnerPortal.Infrastructure.Tests.Training;

public sealed class QuizTests
{
    [Fact]
    public async Task A_running_attempt_reaches_the_page_without_any_correct_answer()
    {
        await using var database = await TestDatabase.CreateAsync();
        var courseId = await CourseAsync(database);
        var trainee = await CallerAsync(database, DemoUsers.TraineeP0001);
        var quiz = Quiz(database, trainee);

        var started = await quiz.StartAttemptAsync(courseId);
        var view = (await quiz.GetAttemptAsync(started.Value))!;

        Assert.Equal((AttemptStatus.InProgress, 4), (view.Status, view.Questions.Count));
        Assert.Null(view.Result);
        var json = JsonSerializer.Serialize(view);
        Assert.DoesNotContain("Correct", json, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(started.Value, (await quiz.StartAttemptAsync(courseId)).Value); // continuing, not a second attempt
        Assert.NotNull(view.Deadline);
    }

    [Fact]
    public async Task A_correct_submission_passes_credits_the_points_once_and_issues_a_certificate()
    {
        await using var database = await TestDatabase.CreateAsync();
        var courseId = await CourseAsync(database);
        var key = await AnswerKeyAsync(database, courseId);
        var trainee = await CallerAsync(database, DemoUsers.TraineeP0001);
        var quiz = Quiz(database, trainee);

        for (var round = 1; round <= 2; round++)
        {
            var attemptId = (await quiz.StartAttemptAsync(courseId)).Value;
            var view = (await quiz.GetAttemptAsync(attemptId))!;
            foreach (var q in view.Questions) Assert.True((await quiz.SaveAnswerAsync(attemptId, new SubmittedAnswer(q.Id, key[q.Id]))).Succeeded);
            var result = (await quiz.SubmitAsync(attemptId)).Value!;
            Assert.Equal((100, true, 4), (result.ScorePercent, result.Passed, result.CorrectCount));
            Assert.Equal(round == 1 ? 50 : 0, result.PointsAwarded);
            Assert.NotNull(result.CertificateCode);
        }

        await using var db = await database.CreateSystemContextAsync();
        var entries = await db.PointsEntries.Where(e => e.Kind == PointsEntryKind.CoursePassed).ToListAsync();
        Assert.Equal(50, Assert.Single(entries).Points);
        Assert.Equal(50, (await db.PointsAccounts.SingleAsync(a => a.PartnerId == entries[0].PartnerId)).Balance);
        var certificates = await db.Certificates.ToListAsync();
        Assert.Equal(2, certificates.Count);
        Assert.All(certificates, c => Assert.Equal(c.PassedOn.AddMonths(12), c.ValidUntil));
        Assert.All(certificates, c => Assert.True(CertificateCode.IsWellFormed(c.Code)));
    }

    [Fact]
    public async Task Concurrent_submissions_of_one_attempt_score_it_once_and_credit_the_points_once()
    {
        await using var database = await TestDatabase.CreateAsync();
        var courseId = await CourseAsync(database);
        var key = await AnswerKeyAsync(database, courseId);
        var trainee = await CallerAsync(database, DemoUsers.TraineeP0001);
        var quiz = Quiz(database, trainee);
        var attemptId = (await quiz.StartAttemptAsync(courseId)).Value;
        foreach (var q in (await quiz.GetAttemptAsync(attemptId))!.Questions) await quiz.SaveAnswerAsync(attemptId, new SubmittedAnswer(q.Id, key[q.Id]));

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Quiz(database, trainee).SubmitAsync(attemptId))));

        Assert.All(results, r => Assert.True(r.Succeeded && r.Value!.Passed));
        await using var db = await database.CreateSystemContextAsync();
        Assert.Single(await db.PointsEntries.Where(e => e.Kind == PointsEntryKind.CoursePassed).ToListAsync());
        Assert.Single(await db.Certificates.ToListAsync());
    }

    [Fact]
    public async Task Wrong_answers_fail_and_the_result_names_them_only_after_submission()
    {
        await using var database = await TestDatabase.CreateAsync();
        var courseId = await CourseAsync(database, c => c.AttemptLimit = 1);
        var key = await AnswerKeyAsync(database, courseId);
        var quiz = Quiz(database, await CallerAsync(database, DemoUsers.TraineeP0001));
        var attemptId = (await quiz.StartAttemptAsync(courseId)).Value;
        var questions = (await quiz.GetAttemptAsync(attemptId))!.Questions;
        // The first two right, the other two left unanswered: 2 of 4 = 50 % < 75 %.
        foreach (var q in questions.Take(2)) await quiz.SaveAnswerAsync(attemptId, new SubmittedAnswer(q.Id, key[q.Id]));

        var result = (await quiz.SubmitAsync(attemptId)).Value!;

        Assert.Equal((50, false, 0), (result.ScorePercent, result.Passed, result.PointsAwarded));
        Assert.Equal(questions.Skip(2).Select(q => q.Id), result.Questions.Where(q => !q.IsCorrect).Select(q => q.QuestionId));
        Assert.All(result.Questions, q => Assert.Equal(key[q.QuestionId].Order(), q.CorrectOptionIds.Order()));
        Assert.Equal(ProblemCodes.AttemptEnded, (await quiz.SaveAnswerAsync(attemptId, new SubmittedAnswer(questions[2].Id, key[questions[2].Id]))).Problems.Single().Code);
        Assert.Equal(ProblemCodes.AttemptLimitReached, (await quiz.StartAttemptAsync(courseId)).Problems.Single().Code);
    }

    [Fact]
    public async Task An_attempt_whose_time_ran_out_is_scored_by_the_server_with_the_answers_saved()
    {
        await using var database = await TestDatabase.CreateAsync();
        var courseId = await CourseAsync(database, c => c.PassMark = 25);
        var key = await AnswerKeyAsync(database, courseId);
        var quiz = Quiz(database, await CallerAsync(database, DemoUsers.TraineeP0001));
        var attemptId = (await quiz.StartAttemptAsync(courseId)).Value;
        var first = (await quiz.GetAttemptAsync(attemptId))!.Questions[0];
        await quiz.SaveAnswerAsync(attemptId, new SubmittedAnswer(first.Id, key[first.Id]));
        await using (var db = await database.CreateSystemContextAsync())
        {
            var attempt = await db.QuizAttempts.SingleAsync(a => a.Id == attemptId);
            attempt.ExpiresAt = DateTimeOffset.UtcNow.AddSeconds(-1); // the browser was closed; the time ran out
            await db.SaveChangesAsync();
        }

        await using (var scope = database.Services.CreateAsyncScope())
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<QuizAttemptExpiry>().ExpireDueAsync());

        await using var check = await database.CreateSystemContextAsync();
        var ended = await check.QuizAttempts.SingleAsync(a => a.Id == attemptId);
        Assert.Equal((AttemptStatus.Expired, 25, true), (ended.Status, ended.ScorePercent, ended.Passed));
        Assert.Equal(50, ended.PointsAwarded);
    }

    [Fact]
    public async Task A_colleagues_attempt_is_not_visible_and_a_course_for_other_roles_is_not_open()
    {
        await using var database = await TestDatabase.CreateAsync();
        var dealersOnly = await CourseAsync(database, c => c.AudienceRoles = ["Dealer"]);
        var open = await CourseAsync(database);
        var trainee = await CallerAsync(database, DemoUsers.TraineeP0001);
        var dealer = await CallerAsync(database, DemoUsers.DealerP0001);
        var attemptId = (await Quiz(database, trainee).StartAttemptAsync(open)).Value;

        Assert.Null(await Quiz(database, dealer).GetAttemptAsync(attemptId));
        Assert.Equal(ProblemCodes.NotFound, (await Quiz(database, dealer).SubmitAsync(attemptId)).Problems.Single().Code);
        Assert.Null(await Learning(database, trainee).GetCourseAsync(dealersOnly));
        Assert.NotNull(await Learning(database, dealer).GetCourseAsync(dealersOnly));
        Assert.Equal(ProblemCodes.NotFound, (await Quiz(database, trainee).StartAttemptAsync(dealersOnly)).Problems.Single().Code);
        Assert.Null(await Learning(database, await CallerAsync(database, DemoUsers.ManagerEast)).GetCourseAsync(open));
    }
}
