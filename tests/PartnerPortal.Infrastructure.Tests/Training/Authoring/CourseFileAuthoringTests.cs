using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Common;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Training;
using PartnerPortal.Infrastructure.Training.Authoring;
using PartnerPortal.Infrastructure.Tests.Support;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;
using static PartnerPortal.Infrastructure.Tests.Training.Authoring.AuthoringTestKit;

namespace PartnerPortal.Infrastructure.Tests.Training.Authoring;

/// <summary>A draft's cover image and lesson materials go into the course files folder under made-up names; earlier files are removed.</summary>
public sealed class CourseFileAuthoringTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pp-course-authoring-files", Guid.NewGuid().ToString("N"));

    private CourseFileAuthoringService Files(TestDatabase database, ICurrentUserAccessor caller) =>
        new(new PortalDbContextFactory(database.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>(), caller), caller, new CourseFiles(_folder));

    private static MemoryStream Bytes(int count = 16) => new(new byte[count]);

    [Fact]
    public async Task A_cover_replaces_the_earlier_one_and_only_images_are_taken()
    {
        await using var database = await TestDatabase.CreateAsync();
        var manager = await CallerAsync(database, DemoUsers.ManagerEast);
        var id = await ReadyDraftAsync(Courses(database, manager));
        var files = Files(database, manager);

        var first = Ok(await files.SetCoverAsync(id, Bytes(), "封面.PNG", 16));
        var second = Ok(await files.SetCoverAsync(id, Bytes(), @"C:\fakepath\cover.webp", 16));
        var pdf = await files.SetCoverAsync(id, Bytes(), "cover.pdf", 16);
        var large = await files.SetCoverAsync(id, Bytes(), "cover.jpg", CourseFileAuthoringService.CoverMaxBytes + 1);

        Assert.EndsWith(".png", first);
        Assert.EndsWith(".webp", second);
        Assert.Equal((CourseAuthoringProblems.FileType, "File"), (Assert.Single(pdf.Problems).Code, pdf.Problems[0].Field));
        Assert.Equal(CourseAuthoringProblems.FileTooLarge, Assert.Single(large.Problems).Code);
        Assert.Equal(second, (await StoredAsync(database, id)).CoverImage);
        Assert.Equal([second], Directory.GetFiles(_folder).Select(Path.GetFileName));

        Ok(await files.RemoveCoverAsync(id));
        Assert.Null((await StoredAsync(database, id)).CoverImage);
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task A_material_is_kept_under_its_uploaded_name_and_deleted_with_its_file()
    {
        await using var database = await TestDatabase.CreateAsync();
        var manager = await CallerAsync(database, DemoUsers.ManagerEast);
        var courses = Courses(database, manager);
        var id = await ReadyDraftAsync(courses);
        var lessonId = (await courses.Queries.GetAsync(id))!.Lessons[1].Id;
        var files = Files(database, manager);

        var materialId = Ok(await files.AddMaterialAsync(id, lessonId, Bytes(100), "安装手册 v2.pdf", "application/pdf", 100));

        var material = Assert.Single((await courses.Queries.GetAsync(id))!.Lessons[1].Materials);
        Assert.Equal((materialId, "安装手册 v2.pdf", "application/pdf", 100L), (material.Id, material.FileName, material.ContentType, material.Size));
        Assert.Single(Directory.GetFiles(_folder));
        Assert.Equal(ProblemCodes.NotFound, Assert.Single((await files.AddMaterialAsync(id, 999_999, Bytes(), "a.pdf", null, 16)).Problems).Code);

        Ok(await files.DeleteMaterialAsync(id, materialId));
        Assert.Empty((await courses.Queries.GetAsync(id))!.Lessons[1].Materials);
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task A_published_courses_files_are_frozen_and_partners_staff_are_refused()
    {
        await using var database = await TestDatabase.CreateAsync();
        var manager = await CallerAsync(database, DemoUsers.ManagerEast);
        var courses = Courses(database, manager);
        var id = await ReadyDraftAsync(courses);
        var lessonId = (await courses.Queries.GetAsync(id))!.Lessons[0].Id;
        Ok(await courses.Settings.PublishAsync(id));

        var cover = await Files(database, manager).SetCoverAsync(id, Bytes(), "cover.png", 16);
        var dealer = Files(database, await CallerAsync(database, DemoUsers.DealerP0001));

        Assert.Equal(CourseAuthoringProblems.WrongCourseStatus, Assert.Single(cover.Problems).Code);
        await Assert.ThrowsAsync<ScopeViolationException>(() => dealer.SetCoverAsync(id, Bytes(), "cover.png", 16));
        await Assert.ThrowsAsync<ScopeViolationException>(() => dealer.AddMaterialAsync(id, lessonId, Bytes(), "a.pdf", null, 16));
        await Assert.ThrowsAsync<ScopeViolationException>(() => dealer.RemoveCoverAsync(id));
        await Assert.ThrowsAsync<ScopeViolationException>(() => dealer.DeleteMaterialAsync(id, 1));
        Assert.False(Directory.Exists(_folder) && Directory.GetFiles(_folder).Length > 0);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
