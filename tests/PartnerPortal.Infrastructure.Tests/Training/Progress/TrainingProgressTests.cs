using System.Globalization;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Statements;
using PartnerPortal.Infrastructure.Training.Progress;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;

namespace PartnerPortal.Infrastructure.Tests.Training.Progress;

public sealed class TrainingProgressTests
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Seed:DemoOrderHistoryMonths"] = "0", ["Seed:DemoCourses"] = "true",
    };

    private static TrainingProgressService Service(TestDatabase database, ICurrentUserAccessor caller) =>
        new(new PortalDbContextFactory(database.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>(), caller), caller);

    [Fact]
    public async Task The_figures_per_partner_equal_a_direct_count_of_the_tables()
    {
        await using var database = await TestDatabase.CreateAsync(settings: Settings);
        var service = Service(database, await CallerAsync(database, DemoUsers.Admin));
        var courses = await service.ListCoursesAsync();
        Assert.Equal(["TR-AC-101", "TR-REF-201", "TR-SVC-301"], courses.Select(c => c.Code));

        await using var db = await database.CreateSystemContextAsync();
        // A running attempt and lesson progress on top of the seeded history, so every figure is exercised.
        var install = courses[0].Id;
        var trainee = await database.UserIdAsync(DemoUsers.TraineeP0001);
        var traineePartner = (await db.Users.SingleAsync(u => u.Id == trainee)).PartnerId!.Value;
        db.QuizAttempts.Add(new QuizAttempt
        {
            CourseId = install, UserId = trainee, UserName = DemoUsers.TraineeP0001, PartnerId = traineePartner, Number = 1,
            Status = AttemptStatus.InProgress, StartedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();

        var total = 0;
        foreach (var course in courses)
        {
            var rows = await service.ByPartnerAsync(course.Id, null);
            var expected = await ExpectedAsync(db, course.Id);
            Assert.Equal(expected.OrderBy(e => e.Key).Select(e => (e.Key, e.Value)),
                rows.OrderBy(r => r.PartnerId).Select(r => (r.PartnerId, (r.Enrolled, r.InProgress, r.Passed, r.Failed))));
            Assert.Equal(rows.Select(r => r.PartnerCode).Order(StringComparer.Ordinal), rows.Select(r => r.PartnerCode));
            Assert.All(rows, r => Assert.False(string.IsNullOrEmpty(r.RegionName)));
            var sum = CourseProgressRow.Total(rows);
            Assert.Equal(rows.Sum(r => r.Enrolled), sum.Enrolled);
            total += sum.Passed + sum.Failed;
        }
        Assert.True(total > 0);
        var installRows = await service.ByPartnerAsync(install, null);
        Assert.True(Assert.Single(installRows, r => r.PartnerId == traineePartner).InProgress >= 1);
    }

    [Fact]
    public async Task A_manager_sees_only_the_partners_of_their_regions_and_the_region_filter_narrows_further()
    {
        await using var database = await TestDatabase.CreateAsync(settings: Settings);
        var admin = Service(database, await CallerAsync(database, DemoUsers.Admin));
        var east = Service(database, await CallerAsync(database, DemoUsers.ManagerEast));
        await using var db = await database.CreateSystemContextAsync();
        var eastRegions = await db.Regions.Where(r => r.Code == "EAST" || r.Code == "SOUTH").Select(r => r.Id).ToListAsync();
        Assert.Equal(2, eastRegions.Count);
        var regionOf = await db.Partners.IgnoreQueryFilters().ToDictionaryAsync(p => p.Id, p => p.RegionId);

        Assert.All(await east.ListRegionsAsync(), r => Assert.Contains(r.Id, eastRegions));
        var seen = 0;
        foreach (var course in await admin.ListCoursesAsync())
        {
            var all = await admin.ByPartnerAsync(course.Id, null);
            var mine = await east.ByPartnerAsync(course.Id, null);
            Assert.All(mine, r => Assert.Contains(regionOf[r.PartnerId], eastRegions));
            Assert.Equal(all.Where(r => eastRegions.Contains(regionOf[r.PartnerId])), mine);
            foreach (var region in eastRegions)
                Assert.Equal(mine.Where(r => regionOf[r.PartnerId] == region), await east.ByPartnerAsync(course.Id, region));
            seen += all.Count;
        }
        Assert.True(seen > 0);
    }

    [Fact]
    public async Task A_dealer_may_not_watch_progress()
    {
        await using var database = await TestDatabase.CreateAsync(settings: Settings);
        var dealer = Service(database, await CallerAsync(database, DemoUsers.DealerP0001));
        await Assert.ThrowsAsync<ScopeViolationException>(() => dealer.ByPartnerAsync(1, null));
        await Assert.ThrowsAsync<ScopeViolationException>(() => dealer.ListCoursesAsync());
    }

    [Fact]
    public async Task The_workbook_reads_back_with_the_same_numbers()
    {
        await using var database = await TestDatabase.CreateAsync(settings: Settings);
        var service = Service(database, await CallerAsync(database, DemoUsers.Admin));
        var course = (await service.ListCoursesAsync())[0];
        var rows = await service.ByPartnerAsync(course.Id, null);
        Assert.NotEmpty(rows);

        using var stream = new MemoryStream();
        CourseProgressWorkbook.Write(course.TitleEn, rows, DocumentText.English(), stream);
        stream.Position = 0;
        using var workbook = new XLWorkbook(stream);
        var sheet = workbook.Worksheets.Single();
        var header = sheet.CellsUsed(c => c.GetString() == "Partner code").Single().Address.RowNumber;
        Assert.Equal(header, sheet.SheetView.SplitRow);
        Assert.NotNull(sheet.AutoFilter);
        Assert.Equal(course.TitleEn, sheet.Cell(3, 2).GetString());
        for (var i = 0; i < rows.Count; i++)
        {
            var line = sheet.Row(header + 1 + i);
            Assert.Equal(rows[i].PartnerCode, line.Cell(1).GetString());
            Assert.Equal(XLDataType.Number, line.Cell(4).DataType);
            Assert.Equal((rows[i].Enrolled, rows[i].InProgress, rows[i].Passed, rows[i].Failed),
                (line.Cell(4).GetValue<int>(), line.Cell(5).GetValue<int>(), line.Cell(6).GetValue<int>(), line.Cell(7).GetValue<int>()));
        }
        var totalRow = sheet.Row(header + rows.Count + 2);
        Assert.Equal("Total", totalRow.Cell(1).GetString());
        Assert.Equal(rows.Sum(r => r.Passed), totalRow.Cell(6).GetValue<int>());
        Assert.Equal(rows.Sum(r => r.Enrolled), totalRow.Cell(4).GetValue<int>());

        // A second reader, independent of ClosedXML, reads the same figures from parts written as Excel writes them.
        SecondWorkbookReader.AssertNoPrefixedElements(stream);
        foreach (var row in rows)
        {
            Assert.Equal(new[] { row.Enrolled, row.InProgress, row.Passed, row.Failed }.Select(n => n.ToString(CultureInfo.InvariantCulture)),
                SecondWorkbookReader.RowWith(stream, row.PartnerCode).Skip(3).Take(4));
        }
    }

    /// <summary>The brief's definitions counted straight from the tables, per partner of the learner's account.</summary>
    private static async Task<Dictionary<int, (int, int, int, int)>> ExpectedAsync(PortalDbContext db, int courseId)
    {
        var attempts = await db.QuizAttempts.IgnoreQueryFilters().Where(a => a.CourseId == courseId).ToListAsync();
        var lessons = await db.LessonProgress.Where(l => l.CourseId == courseId).Select(l => l.UserId).ToListAsync();
        var assigned = await db.CourseAssignments.Where(a => a.CourseId == courseId).Select(a => a.UserId).ToListAsync();
        var users = await db.Users.Where(u => u.PartnerId != null).ToDictionaryAsync(u => u.Id, u => u.PartnerId!.Value);
        var result = new Dictionary<int, (int, int, int, int)>();
        foreach (var user in assigned.Concat(lessons).Concat(attempts.Select(a => a.UserId)).Distinct())
        {
            if (!users.TryGetValue(user, out var partner)) continue;
            var mine = attempts.Where(a => a.UserId == user).ToList();
            var passed = mine.Any(a => a.Passed == true);
            var running = mine.Any(a => a.Status == AttemptStatus.InProgress);
            var failed = !passed && !running && mine.Any(a => a.Status != AttemptStatus.InProgress);
            var inProgress = !passed && !failed && (running || lessons.Contains(user));
            var (e, i, p, f) = result.GetValueOrDefault(partner);
            result[partner] = (e + 1, i + (inProgress ? 1 : 0), p + (passed ? 1 : 0), f + (failed ? 1 : 0));
        }
        return result;
    }
}
