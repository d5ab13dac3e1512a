using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Training;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;
using static PartnerPortal.Infrastructure.Tests.Training.TrainingTestKit;

namespace PartnerPortal.Infrastructure.Tests.Training;

public sealed class LearningTests
{
    [Fact]
    public async Task Lessons_are_marked_done_once_and_my_learning_shows_assigned_and_catalog_courses()
    {
        await using var database = await TestDatabase.CreateAsync();
        var assigned = await CourseAsync(database);
        var other = await CourseAsync(database, c => c.Lessons.Add(new Lesson { Position = 3, Title = "附录" }));
        var draft = await CourseAsync(database, c => c.Status = CourseStatus.Draft);
        var trainee = await CallerAsync(database, DemoUsers.TraineeP0001);
        var due = DateOnly.FromDateTime(DateTime.Now).AddDays(-1);
        await using (var db = await database.CreateSystemContextAsync())
        {
            var user = db.Users.Single(u => u.Email == DemoUsers.TraineeP0001);
            db.CourseAssignments.Add(new CourseAssignment { CourseId = assigned, UserId = user.Id, DueOn = due, AssignedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }
        var learning = Learning(database, trainee);
        var course = (await learning.GetCourseAsync(assigned))!;

        Assert.True((await learning.CompleteLessonAsync(assigned, course.Lessons[0].Id)).Succeeded);
        Assert.True((await learning.CompleteLessonAsync(assigned, course.Lessons[0].Id)).Succeeded);
        var lesson = (await learning.GetLessonAsync(assigned, course.Lessons[0].Id))!;
        var mine = await learning.GetMyLearningAsync();

        Assert.True(lesson.Completed);
        Assert.Equal((1, 2, (int?)null, course.Lessons[1].Id), (lesson.Position, lesson.LessonCount, lesson.PreviousId, lesson.NextId));
        var card = Assert.Single(mine.Assigned);
        Assert.Equal((assigned, 1, 2, LearnerCourseState.InProgress, due), (card.Id, card.LessonsDone, card.LessonCount, card.State, card.DueOn));
        Assert.True(card.Overdue(DateOnly.FromDateTime(DateTime.Now)));
        Assert.Equal([other], mine.Catalog.Select(c => c.Id));
        Assert.DoesNotContain(draft, mine.Catalog.Select(c => c.Id));
        Assert.Null(await learning.GetLessonAsync(other, course.Lessons[0].Id)); // a lesson of another course
    }

    [Theory]
    [InlineData("https://video.example.cn/ac-install.mp4", "https://video.example.cn/ac-install.mp4")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("ftp://files.example.cn/a.mp4", null)]
    [InlineData("not a url", null)]
    public void Only_web_links_are_offered_as_videos(string url, string? expected)
    {
        Assert.Equal(expected, LearningService.SafeVideoUrl(url));
    }
}
