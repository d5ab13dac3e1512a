using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Training.Authoring;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Training.Authoring;

internal static class AuthoringTestKit
{
    /// <summary>The course authoring services as one caller uses them.</summary>
    public sealed record CourseAuthoring(CourseAuthoringService Settings, CourseAuthoringQueryService Queries, CourseContentService Content,
        CourseAssignmentService Assignments);

    public static CourseAuthoring Courses(TestDatabase database, ICurrentUserAccessor caller)
    {
        var contexts = new PortalDbContextFactory(database.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>(), caller);
        return new(new CourseAuthoringService(contexts, caller, TimeProvider.System), new CourseAuthoringQueryService(contexts, caller),
            new CourseContentService(contexts, caller), new CourseAssignmentService(contexts, caller, TimeProvider.System));
    }

    public static CourseDraft Settings(string code = "AC-101", int questionsPerAttempt = 2) => new()
    {
        Code = code, Title = "变频空调安装", TitleEn = "Inverter AC installation", Summary = "安装与调试要点", SummaryEn = "Installing and commissioning",
        PassMark = 60, QuestionsPerAttempt = questionsPerAttempt, AttemptLimit = 3, TimeLimitMinutes = 20, PointsOnPassing = 50,
        CertificateValidityMonths = 12, DueDays = 14,
    };

    public static LessonDraft NewLesson(string title) => new(title, title + " (en)", "# " + title + "\n正文。", "# " + title + "\nBody.", null);

    public static QuestionDraft Single(string text, int correct = 1) => new(QuestionKind.SingleChoice, text, text + " (en)",
        [new OptionDraft("10 cm", "10 cm", correct == 0), new OptionDraft("30 cm", "30 cm", correct == 1), new OptionDraft("1 m", "1 m", correct == 2)]);

    /// <summary>A single-choice question with no option marked correct yet.</summary>
    public static QuestionDraft Unanswered(string text) => new(QuestionKind.SingleChoice, text, "",
        [new OptionDraft("是", "Yes", false), new OptionDraft("否", "No", false)]);

    public static QuestionDraft TrueFalse(string text, bool isTrue) => new(QuestionKind.TrueFalse, text, "",
        [new OptionDraft("正确", "True", isTrue), new OptionDraft("错误", "False", !isTrue)]);

    public static T Ok<T>(PartnerPortal.Domain.Common.Outcome<T> outcome)
    {
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Problems.Select(p => $"{p.Field}: {p.Code}")));
        return outcome.Value!;
    }

    public static void Ok(PartnerPortal.Domain.Common.Outcome outcome) =>
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Problems.Select(p => $"{p.Field}: {p.Code}")));

    /// <summary>A draft with two lessons and three answered questions, ready to publish.</summary>
    public static async Task<int> ReadyDraftAsync(CourseAuthoring service, string code = "AC-101")
    {
        var id = Ok(await service.Settings.CreateAsync(Settings(code)));
        Ok(await service.Content.AddLessonAsync(id, NewLesson("安装前检查")));
        Ok(await service.Content.AddLessonAsync(id, NewLesson("抽真空")));
        Ok(await service.Content.AddQuestionAsync(id, Single("室外机离墙最少多远？")));
        Ok(await service.Content.AddQuestionAsync(id, TrueFalse("R32 冷媒可燃。", true)));
        Ok(await service.Content.AddQuestionAsync(id, Single("抽真空至少几分钟？", correct: 2)));
        return id;
    }

    public static async Task<Course> StoredAsync(TestDatabase database, int id)
    {
        await using var db = await database.CreateSystemContextAsync();
        return await db.Courses.AsNoTracking().Include(c => c.Lessons).Include(c => c.Questions).ThenInclude(q => q.Options).AsSplitQuery()
            .SingleAsync(c => c.Id == id);
    }
}
