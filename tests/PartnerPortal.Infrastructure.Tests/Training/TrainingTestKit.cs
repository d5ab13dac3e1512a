using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Training;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Training;

internal static class TrainingTestKit
{
    private static PortalDbContextFactory Contexts(TestDatabase database, ICurrentUserAccessor caller) =>
        new(database.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>(), caller);

    public static LearningService Learning(TestDatabase database, ICurrentUserAccessor caller) => new(Contexts(database, caller), caller, TimeProvider.System);

    public static QuizService Quiz(TestDatabase database, ICurrentUserAccessor caller) => new(Contexts(database, caller), caller, TimeProvider.System);

    /// <summary>
    /// A published course: two lessons, six questions (two single choice, two multiple choice, two true/false),
    /// four drawn per attempt, pass mark 75, 50 points, certificate valid 12 months.
    /// </summary>
    public static async Task<int> CourseAsync(TestDatabase database, Action<Course>? adjust = null)
    {
        var course = new Course
        {
            Code = "C-" + Guid.NewGuid().ToString("N")[..8], Title = "变频空调安装与调试", TitleEn = "Inverter AC installation", Summary = "安装要点",
            Status = CourseStatus.Published, QuestionsPerAttempt = 4, PassMark = 75, PointsOnPassing = 50, CertificateValidityMonths = 12,
            TimeLimitMinutes = 10, CreatedAt = DateTimeOffset.UtcNow, PublishedAt = DateTimeOffset.UtcNow,
            Lessons =
            [
                new Lesson { Position = 1, Title = "安装前检查", TitleEn = "Before installing", Body = "# 检查\n确认电源。" },
                new Lesson { Position = 2, Title = "抽真空", TitleEn = "Vacuuming", Body = "至少 15 分钟。" },
            ],
            Questions =
            [
                Single(1, "室外机离墙最少多远？", ("10 cm", false), ("30 cm", true), ("1 m", false)),
                Single(2, "抽真空至少几分钟？", ("5", false), ("15", true)),
                Multiple(3, "安装前要检查哪些？", ("电源电压", true), ("接地", true), ("遥控器颜色", false)),
                Multiple(4, "哪些属于 R32 安全要求？", ("禁止明火", true), ("通风", true), ("可以焊接带压管路", false)),
                TrueFalse(5, "R32 冷媒可燃。", true),
                TrueFalse(6, "可以不接地线。", false),
            ],
        };
        adjust?.Invoke(course);
        await using var db = await database.CreateSystemContextAsync();
        db.Courses.Add(course);
        await db.SaveChangesAsync();
        return course.Id;
    }

    private static CourseQuestion Single(int position, string text, params (string Text, bool Correct)[] options) =>
        Question(position, QuestionKind.SingleChoice, text, options);

    private static CourseQuestion Multiple(int position, string text, params (string Text, bool Correct)[] options) =>
        Question(position, QuestionKind.MultipleChoice, text, options);

    private static CourseQuestion TrueFalse(int position, string text, bool isTrue) =>
        Question(position, QuestionKind.TrueFalse, text, [("对", isTrue), ("错", !isTrue)]);

    private static CourseQuestion Question(int position, QuestionKind kind, string text, (string Text, bool Correct)[] options) => new()
    {
        Position = position, Kind = kind, Text = text, TextEn = text,
        Options = options.Select((o, i) => new CourseOption { Position = i + 1, Text = o.Text, TextEn = o.Text, IsCorrect = o.Correct }).ToList(),
    };

    /// <summary>The correct option ids of every question of the course, read from the database as only the server knows them.</summary>
    public static async Task<Dictionary<int, int[]>> AnswerKeyAsync(TestDatabase database, int courseId)
    {
        await using var db = await database.CreateSystemContextAsync();
        return await db.CourseQuestions.Include(q => q.Options).Where(q => q.CourseId == courseId)
            .ToDictionaryAsync(q => q.Id, q => q.Options.Where(o => o.IsCorrect).Select(o => o.Id).ToArray());
    }
}
