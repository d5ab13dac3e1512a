using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Training.Authoring;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;
using static PartnerPortal.Infrastructure.Tests.Training.Authoring.AuthoringTestKit;

namespace PartnerPortal.Infrastructure.Tests.Training.Authoring;

/// <summary>A course from its first draft to publication: settings, lessons, the question bank and what publishing refuses.</summary>
public sealed class CourseAuthoringTests
{
    [Fact]
    public async Task A_draft_is_refused_publication_while_a_question_has_no_correct_answer_and_published_once_it_has()
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = Courses(database, await CallerAsync(database, DemoUsers.ManagerEast));
        var id = Ok(await service.Settings.CreateAsync(Settings()));
        Ok(await service.Content.AddLessonAsync(id, NewLesson("安装前检查")));
        Ok(await service.Content.AddLessonAsync(id, NewLesson("抽真空")));
        Ok(await service.Content.AddQuestionAsync(id, Single("室外机离墙最少多远？")));
        Ok(await service.Content.AddQuestionAsync(id, TrueFalse("R32 冷媒可燃。", true)));
        Ok(await service.Content.AddQuestionAsync(id, Single("抽真空至少几分钟？")));
        var unanswered = Ok(await service.Content.AddQuestionAsync(id, Unanswered("需要检查接地吗？")));

        var refused = await service.Settings.PublishAsync(id);

        var problem = Assert.Single(refused.Problems);
        Assert.Equal((ProblemCodes.NoCorrectOption, "Questions[3].Options"), (problem.Code, problem.Field));
        var view = (await service.Queries.GetAsync(id))!;
        Assert.Equal(CourseStatus.Draft, view.Status);
        Assert.Equal(unanswered, view.Questions[3].Id); // the index the problem names is the question's place in the bank

        Ok(await service.Content.UpdateQuestionAsync(id, unanswered, new QuestionDraft(QuestionKind.SingleChoice, "需要检查接地吗？", "Check the earth?",
            [new OptionDraft("是", "Yes", true), new OptionDraft("否", "No", false)])));
        Ok(await service.Settings.PublishAsync(id));

        var published = (await service.Queries.GetAsync(id))!;
        Assert.Equal(CourseStatus.Published, published.Status);
        Assert.NotNull(published.PublishedAt);
        Assert.Equal(["安装前检查", "抽真空"], published.Lessons.Select(l => l.Title));
        Assert.Equal([1, 2, 3, 4], published.Questions.Select(q => q.Position));
        // Authors see the answers.
        Assert.Equal(["是"], published.Questions[3].Options.Where(o => o.IsCorrect).Select(o => o.Text));
        var row = Assert.Single((await service.Queries.ListAsync(new PageRequest(), CourseStatus.Published)).Items);
        Assert.Equal((id, "AC-101", 2, 4), (row.Id, row.Code, row.LessonCount, row.QuestionCount));
        Assert.Empty((await service.Queries.ListAsync(new PageRequest(), CourseStatus.Draft)).Items);
    }

    [Fact]
    public async Task Publishing_needs_a_lesson_and_a_bank_holding_the_questions_drawn()
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = Courses(database, await CallerAsync(database, DemoUsers.Admin));
        var id = Ok(await service.Settings.CreateAsync(Settings(questionsPerAttempt: 3)));
        Ok(await service.Content.AddQuestionAsync(id, Single("室外机离墙最少多远？")));

        var refused = await service.Settings.PublishAsync(id);

        Assert.Contains(refused.Problems, p => p is { Code: ProblemCodes.Required, Field: "Lessons" });
        Assert.Contains(refused.Problems, p => p is { Code: ProblemCodes.QuizBankTooSmall, Field: "QuestionsPerAttempt" } && p.Args.SequenceEqual(new object[] { 3, 1 }));
        Assert.Equal(CourseStatus.Draft, (await StoredAsync(database, id)).Status);
    }

    [Fact]
    public async Task A_published_courses_quiz_and_settings_are_frozen_but_it_can_be_archived()
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = Courses(database, await CallerAsync(database, DemoUsers.ManagerEast));
        var id = await ReadyDraftAsync(service);
        Ok(await service.Settings.PublishAsync(id));
        var before = await StoredAsync(database, id);
        var question = before.Questions.OrderBy(q => q.Position).First();
        var lesson = before.Lessons.OrderBy(l => l.Position).First();

        IReadOnlyList<Problem>[] refusals =
        [
            (await service.Content.UpdateQuestionAsync(id, question.Id, Single("改过的题目", correct: 0))).Problems,
            (await service.Content.AddQuestionAsync(id, Single("新题"))).Problems,
            (await service.Content.DeleteQuestionAsync(id, question.Id)).Problems,
            (await service.Settings.UpdateAsync(id, Settings() with { PassMark = 10 })).Problems,
            (await service.Content.AddLessonAsync(id, NewLesson("新课时"))).Problems,
            (await service.Content.UpdateLessonAsync(id, lesson.Id, NewLesson("改过的课时"))).Problems,
            (await service.Content.DeleteLessonAsync(id, lesson.Id)).Problems,
            (await service.Settings.PublishAsync(id)).Problems,
        ];

        Assert.All(refusals, problems =>
        {
            var problem = Assert.Single(problems);
            Assert.Equal(CourseAuthoringProblems.WrongCourseStatus, problem.Code);
            Assert.Equal([CourseStatus.Published], problem.Args);
        });
        var after = await StoredAsync(database, id);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(60, after.PassMark);
        Assert.Equal(3, after.Questions.Count);
        Assert.Equal("室外机离墙最少多远？", after.Questions.Single(q => q.Id == question.Id).Text);
        Assert.Equal([false, true, false], after.Questions.Single(q => q.Id == question.Id).Options.OrderBy(o => o.Position).Select(o => o.IsCorrect));

        Ok(await service.Settings.ArchiveAsync(id));
        Assert.Equal(CourseStatus.Archived, (await StoredAsync(database, id)).Status);
        Assert.Equal(CourseAuthoringProblems.WrongCourseStatus, Assert.Single((await service.Settings.ArchiveAsync(id)).Problems).Code);
    }

    [Fact]
    public async Task Settings_lessons_and_questions_are_checked_field_by_field()
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = Courses(database, await CallerAsync(database, DemoUsers.ManagerEast));
        var id = Ok(await service.Settings.CreateAsync(Settings()));

        var settings = await service.Settings.CreateAsync(Settings("ac 101") with
        {
            Title = " ", PassMark = 0, TimeLimitMinutes = 0, PointsOnPassing = -5, AudienceRoles = ["Admin"],
        });
        var duplicate = await service.Settings.CreateAsync(Settings("AC-101"));
        var lesson = await service.Content.AddLessonAsync(id, new LessonDraft("", "", new string('x', PartnerPortal.Domain.Training.Lesson.BodyMaxLength + 1), "", "javascript:alert(1)"));
        var trueFalse = await service.Content.AddQuestionAsync(id, new QuestionDraft(QuestionKind.TrueFalse, "R32 冷媒可燃。", "",
            [new OptionDraft("正确", "", true), new OptionDraft("错误", "", false), new OptionDraft("不知道", "", false)]));
        var twoCorrect = await service.Content.AddQuestionAsync(id, new QuestionDraft(QuestionKind.SingleChoice, "哪一个？", "",
            [new OptionDraft("甲", "", true), new OptionDraft("", "", true)]));

        Assert.Equal(
            [(ProblemCodes.InvalidCode, "Code"), (ProblemCodes.Required, "Title"), (ProblemCodes.OutOfRange, "PassMark"), (ProblemCodes.OutOfRange, "TimeLimitMinutes"),
             (ProblemCodes.NegativeAmount, "PointsOnPassing"), (ProblemCodes.NotFound, "AudienceRoles")],
            settings.Problems.Select(p => (p.Code, p.Field)).ToArray());
        Assert.Equal((ProblemCodes.Duplicate, "Code"), (Assert.Single(duplicate.Problems).Code, duplicate.Problems[0].Field));
        Assert.Equal(
            [(ProblemCodes.Required, "Title"), (ProblemCodes.TooLong, "Body"), (CourseAuthoringProblems.InvalidUrl, "VideoUrl")],
            lesson.Problems.Select(p => (p.Code, p.Field)).ToArray());
        Assert.Equal((ProblemCodes.WrongOptionCount, "Options"), (Assert.Single(trueFalse.Problems).Code, trueFalse.Problems[0].Field));
        Assert.Equal(
            [(ProblemCodes.Required, "Options[1].Text"), (ProblemCodes.MoreThanOneCorrectOption, "Options")],
            twoCorrect.Problems.Select(p => (p.Code, p.Field)).ToArray());
        var stored = await StoredAsync(database, id);
        Assert.Empty(stored.Lessons);
        Assert.Empty(stored.Questions);
    }

    [Fact]
    public async Task Lessons_are_moved_and_deleted_and_keep_their_positions_in_a_row()
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = Courses(database, await CallerAsync(database, DemoUsers.ManagerNorth));
        var id = Ok(await service.Settings.CreateAsync(Settings()));
        var first = Ok(await service.Content.AddLessonAsync(id, NewLesson("一")));
        var second = Ok(await service.Content.AddLessonAsync(id, NewLesson("二")));
        var third = Ok(await service.Content.AddLessonAsync(id, NewLesson("三")));

        Ok(await service.Content.MoveLessonAsync(id, third, -1));
        Ok(await service.Content.MoveLessonAsync(id, first, -1)); // already first: stays
        Assert.Equal(["一", "三", "二"], (await service.Queries.GetAsync(id))!.Lessons.Select(l => l.Title));

        Ok(await service.Content.UpdateLessonAsync(id, second, new LessonDraft("二（修订）", "Two", "正文", "Body", "https://video.example.cn/two.mp4")));
        Ok(await service.Content.DeleteLessonAsync(id, third));

        var lessons = (await service.Queries.GetAsync(id))!.Lessons;
        Assert.Equal([("一", 1), ("二（修订）", 2)], lessons.Select(l => (l.Title, l.Position)));
        Assert.Equal("https://video.example.cn/two.mp4", lessons[1].VideoUrl);
        Assert.Equal(ProblemCodes.NotFound, Assert.Single((await service.Content.DeleteLessonAsync(id, third)).Problems).Code);
    }

    [Fact]
    public async Task Every_change_to_a_course_is_in_the_audit_log_under_its_author()
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = Courses(database, await CallerAsync(database, DemoUsers.ManagerEast));
        var id = await ReadyDraftAsync(service);
        Ok(await service.Settings.PublishAsync(id));

        await using var db = await database.CreateSystemContextAsync();
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.EntityType == nameof(Course) && e.EntityKey == key).OrderBy(e => e.Id).ToListAsync();
        // Created, two lessons, three questions, published.
        Assert.Equal(7, entries.Count);
        Assert.Equal(AuditAction.Created, entries[0].Action);
        Assert.All(entries.Skip(1), e => Assert.Equal(AuditAction.Updated, e.Action));
        Assert.All(entries, e => Assert.Equal(DemoUsers.ManagerEast, e.UserName));
        Assert.Contains("Published", entries[^1].Changes);
    }
}
