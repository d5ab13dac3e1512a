using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Training;
using PartnerPortal.Infrastructure.Training.Authoring;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;
using static PartnerPortal.Infrastructure.Tests.Training.Authoring.AuthoringTestKit;
using static PartnerPortal.Infrastructure.Tests.Training.TrainingTestKit;

namespace PartnerPortal.Infrastructure.Tests.Training;

/// <summary>The course's "show correct answers" setting, enforced where the result leaves the server.</summary>
public sealed class CorrectAnswerReleaseTests
{
    /// <summary>Answers the attempt's questions rightly or all wrongly (nothing ticked), submits it and returns the attempt as the page gets it.</summary>
    private static async Task<AttemptView> TakeAsync(QuizService quiz, int courseId, Dictionary<int, int[]> key, bool pass)
    {
        var attemptId = (await quiz.StartAttemptAsync(courseId)).Value;
        if (pass)
            foreach (var q in (await quiz.GetAttemptAsync(attemptId))!.Questions)
                await quiz.SaveAnswerAsync(attemptId, new SubmittedAnswer(q.Id, key[q.Id]));
        Assert.True((await quiz.SubmitAsync(attemptId)).Succeeded);
        return (await quiz.GetAttemptAsync(attemptId))!;
    }

    private static void Hidden(AttemptView view)
    {
        var result = view.Result!;
        Assert.False(result.AnswersShown);
        Assert.Empty(result.Questions);
        // Nothing of the verdicts or the right options is in what the page receives.
        var json = JsonSerializer.Serialize(view);
        Assert.DoesNotContain("CorrectOptionIds", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"IsCorrect\"", json, StringComparison.Ordinal);
    }

    private static void Shown(AttemptView view, Dictionary<int, int[]> key)
    {
        var result = view.Result!;
        Assert.True(result.AnswersShown);
        Assert.Equal(view.Questions.Select(q => q.Id), result.Questions.Select(q => q.QuestionId));
        Assert.All(result.Questions, q => Assert.Equal(key[q.QuestionId].Order(), q.CorrectOptionIds.Order()));
    }

    [Fact]
    public async Task By_default_a_failed_attempt_hides_the_answers_until_the_last_attempt_has_ended()
    {
        await using var database = await TestDatabase.CreateAsync();
        var courseId = await CourseAsync(database, c => c.AttemptLimit = 3);
        var key = await AnswerKeyAsync(database, courseId);
        var quiz = Quiz(database, await CallerAsync(database, DemoUsers.TraineeP0001));

        var first = await TakeAsync(quiz, courseId, key, pass: false);
        Hidden(first);
        Assert.Equal((false, 0, 4, CorrectAnswersShown.AfterPassingOrLastAttempt),
            (first.Result!.Passed, first.Result.CorrectCount, first.Result.QuestionCount, first.Result.ShowCorrectAnswers));
        Hidden(await TakeAsync(quiz, courseId, key, pass: false));

        // The third and last attempt is running: the earlier results must not help it.
        var last = (await quiz.StartAttemptAsync(courseId)).Value;
        Hidden((await quiz.GetAttemptAsync(first.Id))!);

        Assert.True((await quiz.SubmitAsync(last)).Succeeded);
        Shown((await quiz.GetAttemptAsync(last))!, key);
        Shown((await quiz.GetAttemptAsync(first.Id))!, key);
    }

    [Fact]
    public async Task By_default_a_pass_shows_the_answers_of_every_attempt()
    {
        await using var database = await TestDatabase.CreateAsync();
        var courseId = await CourseAsync(database, c => c.AttemptLimit = 5);
        var key = await AnswerKeyAsync(database, courseId);
        var quiz = Quiz(database, await CallerAsync(database, DemoUsers.TraineeP0001));

        var failed = await TakeAsync(quiz, courseId, key, pass: false);
        Hidden(failed);
        Shown(await TakeAsync(quiz, courseId, key, pass: true), key);
        Shown((await quiz.GetAttemptAsync(failed.Id))!, key);
    }

    [Fact]
    public async Task After_passing_only_keeps_them_hidden_when_every_attempt_failed()
    {
        await using var database = await TestDatabase.CreateAsync();
        var courseId = await CourseAsync(database, c => (c.AttemptLimit, c.ShowCorrectAnswers) = (2, CorrectAnswersShown.AfterPassing));
        var key = await AnswerKeyAsync(database, courseId);
        var quiz = Quiz(database, await CallerAsync(database, DemoUsers.TraineeP0001));

        Hidden(await TakeAsync(quiz, courseId, key, pass: false));
        var last = await TakeAsync(quiz, courseId, key, pass: false);

        Hidden(last);
        Assert.Equal(ProblemCodes.AttemptLimitReached, (await quiz.StartAttemptAsync(courseId)).Problems.Single().Code);
    }

    [Fact]
    public async Task Never_hides_them_even_after_a_pass_and_the_submit_result_obeys_too()
    {
        await using var database = await TestDatabase.CreateAsync();
        var courseId = await CourseAsync(database, c => (c.AttemptLimit, c.ShowCorrectAnswers) = (1, CorrectAnswersShown.Never));
        var key = await AnswerKeyAsync(database, courseId);
        var quiz = Quiz(database, await CallerAsync(database, DemoUsers.TraineeP0001));
        var attemptId = (await quiz.StartAttemptAsync(courseId)).Value;
        foreach (var q in (await quiz.GetAttemptAsync(attemptId))!.Questions) await quiz.SaveAnswerAsync(attemptId, new SubmittedAnswer(q.Id, key[q.Id]));

        var submitted = (await quiz.SubmitAsync(attemptId)).Value!;

        Assert.Equal((true, 100, false), (submitted.Passed, submitted.ScorePercent, submitted.AnswersShown));
        Assert.Empty(submitted.Questions);
        Hidden((await quiz.GetAttemptAsync(attemptId))!);
    }

    [Fact]
    public async Task The_setting_is_saved_with_a_draft_changes_on_a_published_course_and_is_audited()
    {
        await using var database = await TestDatabase.CreateAsync();
        var courses = Courses(database, await CallerAsync(database, DemoUsers.ManagerEast));
        var id = Ok(await courses.Settings.CreateAsync(Settings("AC-301") with { ShowCorrectAnswers = CorrectAnswersShown.AfterPassing }));
        Assert.Equal(CorrectAnswersShown.AfterPassing, (await courses.Queries.GetAsync(id))!.Draft.ShowCorrectAnswers);
        Assert.Equal(CorrectAnswersShown.AfterPassingOrLastAttempt, (await StoredAsync(database, Ok(await courses.Settings.CreateAsync(Settings("AC-302"))))).ShowCorrectAnswers);

        var published = await ReadyDraftAsync(courses, "AC-303");
        Ok(await courses.Settings.PublishAsync(published));
        Assert.Equal(CourseAuthoringProblems.WrongCourseStatus,
            (await courses.Settings.UpdateAsync(published, Settings("AC-303") with { ShowCorrectAnswers = CorrectAnswersShown.Never })).Problems.Single().Code);
        Ok(await courses.Settings.SetShowCorrectAnswersAsync(published, CorrectAnswersShown.Never));

        Assert.Equal(CorrectAnswersShown.Never, (await StoredAsync(database, published)).ShowCorrectAnswers);
        await using var db = await database.CreateSystemContextAsync();
        var entry = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Id)
            .LastAsync(e => e.EntityType == nameof(Course) && e.EntityKey == published.ToString() && e.Action == AuditAction.Updated);
        Assert.Equal(DemoUsers.ManagerEast, entry.UserName);
        using var changes = JsonDocument.Parse(entry.Changes);
        var change = changes.RootElement.GetProperty(nameof(Course.ShowCorrectAnswers));
        Assert.Equal(((int)CorrectAnswersShown.AfterPassingOrLastAttempt, (int)CorrectAnswersShown.Never),
            (change.GetProperty("old").GetInt32(), change.GetProperty("new").GetInt32()));

        Ok(await courses.Settings.ArchiveAsync(published));
        Assert.Equal(CourseAuthoringProblems.WrongCourseStatus,
            (await courses.Settings.SetShowCorrectAnswersAsync(published, CorrectAnswersShown.AfterPassing)).Problems.Single().Code);
        Assert.Equal(ProblemCodes.NotFound, (await courses.Settings.SetShowCorrectAnswersAsync(published, (CorrectAnswersShown)7)).Problems.Single().Code);
    }

    [Fact]
    public async Task Only_brand_staff_change_the_setting()
    {
        await using var database = await TestDatabase.CreateAsync();
        var courseId = await CourseAsync(database);
        var dealer = Courses(database, await CallerAsync(database, DemoUsers.DealerP0001));

        await Assert.ThrowsAsync<ScopeViolationException>(() => dealer.Settings.SetShowCorrectAnswersAsync(courseId, CorrectAnswersShown.AfterPassingOrLastAttempt));
    }
}
