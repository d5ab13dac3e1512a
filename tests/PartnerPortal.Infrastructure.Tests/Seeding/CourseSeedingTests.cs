using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Points;
using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Seeding;
using PartnerPortal.Infrastructure.Tests.Support;

namespace PartnerPortal.Infrastructure.Tests.Seeding;

public sealed class CourseSeedingTests
{
    [Fact]
    public async Task The_demo_courses_are_published_with_bilingual_lessons_assignments_and_a_history_scored_as_the_app_scores()
    {
        await using var database = await TestDatabase.CreateAsync(settings: new Dictionary<string, string?>
        {
            ["Seed:DemoOrderHistoryMonths"] = "0", ["Seed:DemoCourses"] = "true",
        });
        await using var db = await database.CreateSystemContextAsync();
        var today = DateOnly.FromDateTime(DateTime.Now);

        var courses = await db.Courses.Include(c => c.Lessons).Include(c => c.Questions).ThenInclude(q => q.Options)
            .AsSplitQuery().OrderBy(c => c.Code).ToListAsync();
        Assert.Equal(["TR-AC-101", "TR-REF-201", "TR-SVC-301"], courses.Select(c => c.Code));
        foreach (var course in courses)
        {
            Assert.Equal(CourseStatus.Published, course.Status);
            Assert.NotNull(course.PublishedAt);
            Assert.All([course.Title, course.TitleEn, course.Summary, course.SummaryEn], t => Assert.False(string.IsNullOrWhiteSpace(t)));
            Assert.All(course.Lessons, l =>
                Assert.All([l.Title, l.TitleEn, l.Body, l.BodyEn], t => Assert.False(string.IsNullOrWhiteSpace(t))));
            Assert.Equal(10, course.Questions.Count);
            Assert.Equal([QuestionKind.SingleChoice, QuestionKind.MultipleChoice, QuestionKind.TrueFalse],
                course.Questions.Select(q => q.Kind).Distinct().Order());
            Assert.All(course.Questions.SelectMany(q => q.Options), o => Assert.False(string.IsNullOrWhiteSpace(o.TextEn)));
            foreach (var english in new[] { false, true })
                Assert.Empty(CoursePublishRules.Validate(new CoursePublishDraft(course.Questions.Select(q => q.ToQuiz(english)).ToList(),
                    course.QuestionsPerAttempt, course.PassMark, course.AttemptLimit, course.TimeLimitMinutes, course.PartialCredit,
                    course.PointsOnPassing, course.CertificateValidityMonths)));
            Assert.All(course.Questions.Where(q => q.Kind == QuestionKind.TrueFalse), q =>
                Assert.Equal([("对", "True"), ("错", "False")], q.Options.OrderBy(o => o.Position).Select(o => (o.Text, o.TextEn))));
        }
        var (install, fridge, service) = (courses[0], courses[1], courses[2]);
        Assert.Equal([3, 3, 2], courses.Select(c => c.Lessons.Count));
        Assert.Equal((80, 5, 15, 3, 100, 12), (install.PassMark, install.QuestionsPerAttempt, install.TimeLimitMinutes, install.AttemptLimit,
            install.PointsOnPassing, install.CertificateValidityMonths));
        Assert.StartsWith("https://", Assert.Single(install.Lessons, l => l.VideoUrl is not null).VideoUrl);
        Assert.Equal((70, 5, (int?)null, (int?)null, 60, 24), (fridge.PassMark, fridge.QuestionsPerAttempt, fridge.TimeLimitMinutes,
            fridge.AttemptLimit, fridge.PointsOnPassing, fridge.CertificateValidityMonths));
        Assert.Equal(["Dealer", "Trainee"], fridge.AudienceRoles);
        Assert.Equal((80, 4, 10, 80, (int?)null), (service.PassMark, service.QuestionsPerAttempt, service.TimeLimitMinutes,
            service.PointsOnPassing, service.CertificateValidityMonths));
        Assert.Equal([Domain.Partners.PartnerTier.Strategic, Domain.Partners.PartnerTier.Core], service.AudienceTiers);

        var trainee = await database.UserIdAsync(DemoUsers.TraineeP0001);
        var dealer = await database.UserIdAsync(DemoUsers.DealerP0001);
        var assignments = await db.CourseAssignments.Where(a => a.CourseId == install.Id).ToListAsync();
        Assert.Equal(today.AddDays(14), Assert.Single(assignments, a => a.UserId == trainee).DueOn);
        Assert.Equal(today.AddDays(14), Assert.Single(assignments, a => a.UserId == dealer).DueOn);

        var attempts = await db.QuizAttempts.ToListAsync();
        Assert.DoesNotContain(attempts, a => a.UserId == trainee && a.CourseId == install.Id);
        Assert.Contains(attempts, a => a.UserId == trainee && a.CourseId == fridge.Id && a.Passed == true);
        var p0002 = await database.UserIdAsync(DemoUsers.DealerP0002);
        Assert.Contains(attempts, a => a.UserId == p0002 && a.CourseId == install.Id && a.Passed == true);
        Assert.Contains(attempts, a => a.Passed == false);
        Assert.All(attempts, a => Assert.Equal(AttemptStatus.Submitted, a.Status));

        var certificates = await db.Certificates.ToListAsync();
        foreach (var attempt in attempts)
        {
            var course = courses.Single(c => c.Id == attempt.CourseId);
            Assert.Equal(course.QuestionsPerAttempt, attempt.Questions.Count);
            Assert.True(attempt.StartedAt < DateTimeOffset.UtcNow.AddDays(-1) && attempt.FinishedAt > attempt.StartedAt);
            Assert.True(attempt.ExpiresAt is null || attempt.FinishedAt < attempt.ExpiresAt);
            var result = QuizScoring.Score(attempt.Questions, course.Questions.Select(q => q.ToQuiz(english: false)).ToList(), attempt.Answers,
                course.PassMark, course.PartialCredit);
            Assert.Equal(result.ScorePercent, attempt.ScorePercent);
            Assert.Equal(result.Passed, attempt.Passed);
            Assert.Equal(result.Questions.Where(q => !q.IsCorrect).Select(q => q.QuestionId), attempt.WrongQuestionIds);

            var certificate = certificates.SingleOrDefault(c => c.AttemptId == attempt.Id);
            if (result.Passed)
            {
                Assert.NotNull(certificate);
                Assert.Equal(certificate.Id, attempt.CertificateId);
                Assert.Equal((course.Id, attempt.UserId, attempt.PartnerId), (certificate.CourseId, certificate.UserId, certificate.PartnerId));
                Assert.True(CertificateCode.IsWellFormed(certificate.Code));
                Assert.Equal(CertificateRules.ValidUntil(certificate.PassedOn, course.CertificateValidityMonths), certificate.ValidUntil);
            }
            else
            {
                Assert.Null(certificate);
                Assert.Equal(0, attempt.PointsAwarded);
            }
        }
        Assert.Equal(attempts.Count(a => a.Passed == true), certificates.Count);

        var passes = attempts.Where(a => a.Passed == true).Select(a => (a.UserId, a.CourseId)).Distinct().ToList();
        var credits = await db.PointsEntries.Where(e => e.Kind == PointsEntryKind.CoursePassed).ToListAsync();
        Assert.Equal(passes.Count, credits.Count);
        foreach (var (userId, courseId) in passes)
        {
            var credit = Assert.Single(credits, e => e.Key == $"course:{courseId}:{userId}");
            Assert.Equal(userId, credit.UserId);
            Assert.Equal(courses.Single(c => c.Id == courseId).PointsOnPassing, credit.Points);
        }
        Assert.Equal(credits.Sum(e => e.Points), attempts.Sum(a => a.PointsAwarded));
        var entries = await db.PointsEntries.ToListAsync();
        foreach (var account in await db.PointsAccounts.ToListAsync())
            Assert.Equal(account.Balance, entries.Where(e => e.PartnerId == account.PartnerId).Sum(e => e.Points));

        var progress = await db.LessonProgress.ToListAsync();
        Assert.DoesNotContain(progress, p => p.UserId == trainee && p.CourseId == install.Id);
        foreach (var attempt in attempts)
            Assert.All(progress.Where(p => p.UserId == attempt.UserId && p.CourseId == attempt.CourseId), p => Assert.True(p.CompletedAt < attempt.StartedAt));
        Assert.All(attempts.Select(a => (a.UserId, a.CourseId)).Distinct(), a =>
            Assert.Contains(progress, p => p.UserId == a.UserId && p.CourseId == a.CourseId));
    }

    [Fact]
    public async Task A_demo_course_whose_quiz_cannot_be_published_is_refused_by_name()
    {
        var data = DemoCourseSeeder.Load(Path.Combine(AppContext.BaseDirectory, "assets/demo"));
        var broken = data.Courses[1] with
        {
            Questions = [.. data.Courses[1].Questions.Select((q, i) => i == 0 ? q with { Options = [.. q.Options!.Select(o => o with { Correct = false })] } : q)],
        };
        await using var database = await TestDatabase.CreateAsync(demoData: false);
        await using var db = await database.CreateSystemContextAsync();

        var e = await Assert.ThrowsAsync<InvalidDataException>(() =>
            new DemoCourseSeeder(db, TimeProvider.System).SeedAsync(data with { Courses = [data.Courses[0], broken, data.Courses[2]] }, default));
        Assert.Contains("TR-REF-201", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, await db.Courses.CountAsync());
    }
}
