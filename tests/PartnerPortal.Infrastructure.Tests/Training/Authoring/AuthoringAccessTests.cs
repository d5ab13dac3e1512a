using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Training.Authoring;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;
using static PartnerPortal.Infrastructure.Tests.Training.Authoring.AuthoringTestKit;

namespace PartnerPortal.Infrastructure.Tests.Training.Authoring;

/// <summary>Only the brand's staff author courses, and a manager assigns or names the staff of partners in their regions only.</summary>
public sealed class AuthoringAccessTests
{
    [Theory]
    [InlineData(DemoUsers.DealerP0001)]
    [InlineData(DemoUsers.TraineeP0001)]
    public async Task A_partners_staff_member_is_refused_every_read_and_write(string email)
    {
        await using var database = await TestDatabase.CreateAsync();
        var id = await ReadyDraftAsync(Courses(database, await CallerAsync(database, DemoUsers.ManagerEast)));
        var before = await StoredAsync(database, id);
        var lessonId = before.Lessons[0].Id;
        var questionId = before.Questions[0].Id;
        var service = Courses(database, await CallerAsync(database, email));
        var me = await database.UserIdAsync(email);

        Func<Task>[] calls =
        [
            () => service.Queries.ListAsync(new PageRequest()),
            () => service.Queries.GetAsync(id),
            () => service.Queries.GetEditorOptionsAsync(),
            () => service.Assignments.SearchLearnersAsync("王"),
            () => service.Settings.CreateAsync(Settings("AC-999")),
            () => service.Settings.UpdateAsync(id, Settings() with { Title = "改" }),
            () => service.Content.AddLessonAsync(id, NewLesson("新课时")),
            () => service.Content.UpdateLessonAsync(id, lessonId, NewLesson("改")),
            () => service.Content.DeleteLessonAsync(id, lessonId),
            () => service.Content.MoveLessonAsync(id, lessonId, 1),
            () => service.Content.AddQuestionAsync(id, Single("新题")),
            () => service.Content.UpdateQuestionAsync(id, questionId, Single("改", correct: 0)),
            () => service.Content.DeleteQuestionAsync(id, questionId),
            () => service.Settings.PublishAsync(id),
            () => service.Settings.ArchiveAsync(id),
            () => service.Assignments.AssignAsync(id, [me], null),
            () => service.Assignments.UnassignAsync(id, me),
        ];

        foreach (var call in calls) await Assert.ThrowsAsync<ScopeViolationException>(call);
        var after = await StoredAsync(database, id);
        Assert.Equal((before.Version, CourseStatus.Draft, 2, 3), (after.Version, after.Status, after.Lessons.Count, after.Questions.Count));
        await using var db = await database.CreateSystemContextAsync();
        Assert.Equal(1, await db.Courses.CountAsync());
    }

    [Fact]
    public async Task A_manager_assigns_a_published_course_to_staff_of_partners_in_their_regions_only()
    {
        await using var database = await TestDatabase.CreateAsync();
        var manager = Courses(database, await CallerAsync(database, DemoUsers.ManagerEast));
        var id = await ReadyDraftAsync(manager);
        var trainee = await database.UserIdAsync(DemoUsers.TraineeP0001); // P0001, EAST
        var dealer = await database.UserIdAsync(DemoUsers.DealerP0002); // P0002, EAST
        var north = await database.UserIdAsync("dealer.p0009@demo.partnerportal.local"); // P0009, NORTH
        var manager2 = await database.UserIdAsync(DemoUsers.ManagerNorth); // brand staff: no partner

        var draft = await manager.Assignments.AssignAsync(id, [trainee], null);
        Ok(await manager.Settings.PublishAsync(id));
        var outside = await manager.Assignments.AssignAsync(id, [trainee, north], null);
        var staff = await manager.Assignments.AssignAsync(id, [manager2], null);
        var past = await manager.Assignments.AssignAsync(id, [trainee], DateOnly.FromDateTime(DateTime.Now).AddDays(-1));

        Assert.Equal(CourseAuthoringProblems.WrongCourseStatus, Assert.Single(draft.Problems).Code);
        Assert.Equal((ProblemCodes.OutsideScope, "UserIds"), (Assert.Single(outside.Problems).Code, outside.Problems[0].Field));
        Assert.Equal(ProblemCodes.OutsideScope, Assert.Single(staff.Problems).Code);
        Assert.Equal((CourseAuthoringProblems.DueInPast, "DueOn"), (Assert.Single(past.Problems).Code, past.Problems[0].Field));
        await using (var db = await database.CreateSystemContextAsync())
            Assert.Equal(0, await db.CourseAssignments.CountAsync());

        var today = DateOnly.FromDateTime(DateTime.Now);
        Assert.Equal(2, Ok(await manager.Assignments.AssignAsync(id, [trainee, dealer], null)));
        Assert.Equal(1, Ok(await manager.Assignments.AssignAsync(id, [dealer], today.AddDays(30))));

        var view = (await manager.Queries.GetAsync(id))!;
        Assert.Equal([(DemoUsers.TraineeP0001, today.AddDays(14)), (DemoUsers.DealerP0002, today.AddDays(30))],
            view.Assignments.Select(a => (a.Learner.Email, a.DueOn!.Value)).OrderBy(a => a.Item2));
        // The learner now finds it among the assigned courses.
        var learning = Training.TrainingTestKit.Learning(database, await CallerAsync(database, DemoUsers.TraineeP0001));
        Assert.Equal([id], (await learning.GetMyLearningAsync()).Assigned.Select(c => c.Id));

        // An administrator sees every partner; the north manager does not see the east learners' assignments.
        var admin = Courses(database, await CallerAsync(database, DemoUsers.Admin));
        Assert.Equal(1, Ok(await admin.Assignments.AssignAsync(id, [north], null)));
        var northView = (await Courses(database, await CallerAsync(database, DemoUsers.ManagerNorth)).Queries.GetAsync(id))!;
        Assert.Equal(["dealer.p0009@demo.partnerportal.local"], northView.Assignments.Select(a => a.Learner.Email));

        Ok(await manager.Assignments.UnassignAsync(id, dealer));
        Assert.Equal(ProblemCodes.NotFound, Assert.Single((await manager.Assignments.UnassignAsync(id, north)).Problems).Code);
        Assert.Equal(2, (await admin.Queries.GetAsync(id))!.Assignments.Count);
    }

    [Fact]
    public async Task Named_learners_of_the_audience_are_the_managers_to_name_and_others_names_are_kept()
    {
        await using var database = await TestDatabase.CreateAsync();
        var east = Courses(database, await CallerAsync(database, DemoUsers.ManagerEast));
        var north = Courses(database, await CallerAsync(database, DemoUsers.ManagerNorth));
        var trainee = await database.UserIdAsync(DemoUsers.TraineeP0001);
        var northDealer = await database.UserIdAsync("dealer.p0009@demo.partnerportal.local");

        var refused = await east.Settings.CreateAsync(Settings() with { AudienceUserIds = [trainee, northDealer] });
        var id = Ok(await east.Settings.CreateAsync(Settings() with { AudienceUserIds = [trainee] }));
        Ok(await north.Settings.UpdateAsync(id, Settings() with { AudienceUserIds = [northDealer] }));

        Assert.Equal((ProblemCodes.OutsideScope, "AudienceUserIds"), (Assert.Single(refused.Problems).Code, refused.Problems[0].Field));
        // The north manager could not see the east trainee, so could not have removed them.
        Assert.Equal(new[] { trainee, northDealer }.Order(StringComparer.Ordinal), (await StoredAsync(database, id)).AudienceUserIds);
        Assert.Equal([DemoUsers.TraineeP0001], (await east.Queries.GetAsync(id))!.AudienceUsers.Select(u => u.Email));
        Assert.Contains(await east.Assignments.SearchLearnersAsync("P0001"), l => l.UserId == trainee);
        Assert.DoesNotContain(await east.Assignments.SearchLearnersAsync(null), l => l.UserId == northDealer);
    }
}
