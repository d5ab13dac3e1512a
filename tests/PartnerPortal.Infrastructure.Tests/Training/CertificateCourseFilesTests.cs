using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Tests.Support;
using PartnerPortal.Infrastructure.Training;
using static PartnerPortal.Infrastructure.Tests.Support.CommandTestKit;

namespace PartnerPortal.Infrastructure.Tests.Training;

/// <summary>
/// The folder of course files (materials and covers, served next to certificates): stored under random names that keep
/// the extension, read back by those names only, never by a path.
/// </summary>
public sealed class CourseFilesTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pp-course-files-tests", Guid.NewGuid().ToString("N"));

    private CourseFiles Files => new(_folder);

    private static MemoryStream Content(string text = "hello") => new(System.Text.Encoding.UTF8.GetBytes(text));

    [Theory]
    [InlineData("Handbook.PDF", ".pdf")]
    [InlineData("安装手册 v2.docx", ".docx")]
    [InlineData("cover.webp", ".webp")]
    [InlineData("README", "")]
    [InlineData("odd.ext-with-dash", "")]
    [InlineData("trailing.", "")]
    [InlineData("long.abcdefghijk", "")]
    public async Task A_saved_file_gets_a_random_name_with_the_original_extension_and_reads_back(string original, string extension)
    {
        var name = await Files.SaveAsync(Content("content of " + original), original);

        Assert.True(CourseFiles.IsStoredName(name), name);
        Assert.Matches("^[0-9a-f]{32}" + System.Text.RegularExpressions.Regex.Escape(extension) + "$", name);
        Assert.True(File.Exists(Path.Combine(_folder, name)));
        await using var stream = Files.OpenRead(name);
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream);
        Assert.Equal("content of " + original, await reader.ReadToEndAsync());
    }

    [Fact]
    public async Task Two_saves_of_the_same_name_are_two_files()
    {
        var first = await Files.SaveAsync(Content("one"), "a.pdf");
        var second = await Files.SaveAsync(Content("two"), "a.pdf");

        Assert.NotEqual(first, second);
        Assert.Equal(2, Directory.GetFiles(_folder).Length);
    }

    [Theory]
    [InlineData("../evil.pdf")]
    [InlineData("..\\evil.pdf")]
    [InlineData("/etc/passwd")]
    [InlineData("C:\\Windows\\win.ini")]
    [InlineData("sub/file.pdf")]
    [InlineData("line\nbreak.pdf")]
    [InlineData("")]
    [InlineData("  ")]
    public async Task Saving_refuses_names_with_path_separators(string original)
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Files.SaveAsync(Content(), original));
        Assert.False(Directory.Exists(_folder) && Directory.EnumerateFileSystemEntries(_folder).Any());
    }

    [Theory]
    [InlineData("../portal.db")]
    [InlineData("..")]
    [InlineData("/etc/passwd")]
    [InlineData("..%2Fportal.db")]
    [InlineData("0123456789abcdef0123456789abcdef/../../x")]
    [InlineData("0123456789ABCDEF0123456789ABCDEF.pdf")]
    [InlineData("0123456789abcdef0123456789abcdef.pdf\n")]
    [InlineData("0123456789abcdef0123456789abcdef.p/f")]
    [InlineData("handbook.pdf")]
    [InlineData("")]
    public void Reading_and_deleting_refuse_anything_but_a_stored_name(string name)
    {
        Assert.False(CourseFiles.IsStoredName(name));
        Assert.Throws<ArgumentException>(() => Files.OpenRead(name));
        Assert.Throws<ArgumentException>(() => Files.Delete(name));
    }

    [Fact]
    public async Task A_stored_name_that_is_not_there_reads_as_null_and_a_deleted_file_is_gone()
    {
        Assert.Null(Files.OpenRead("0123456789abcdef0123456789abcdef.pdf"));

        var name = await Files.SaveAsync(Content(), "a.pdf");
        Assert.True(Files.Delete(name));
        Assert.False(Files.Delete(name));
        Assert.Null(Files.OpenRead(name));
    }

    [Fact]
    public void The_folder_comes_from_the_setting_relative_to_the_content_root_or_defaults_to_data_course_files()
    {
        var root = Path.Combine(Path.GetTempPath(), "pp-root");
        var empty = new ConfigurationBuilder().Build();
        var relative = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [CourseFiles.FolderSetting] = "files" }).Build();
        var absolute = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [CourseFiles.FolderSetting] = _folder }).Build();

        Assert.Equal(Path.GetFullPath(Path.Combine(root, "data", "course-files")), CourseFiles.FromConfiguration(empty, root).Folder);
        Assert.Equal(Path.GetFullPath(Path.Combine(root, "files")), CourseFiles.FromConfiguration(relative, root).Folder);
        Assert.Equal(Path.GetFullPath(_folder), CourseFiles.FromConfiguration(absolute, root).Folder);
        Assert.Equal(Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "data", "course-files")), CourseFiles.FromConfiguration(empty, null).Folder);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}

/// <summary>Which materials and covers a caller may fetch: published courses' for anyone signed in, drafts' for brand staff.</summary>
public sealed class CourseFilesServiceTests(CertificateDatabase fixture) : IClassFixture<CertificateDatabase>
{
    private const string PublishedCover = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.png";
    private const string DraftCover = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.jpg";
    private const string PublishedMaterial = "cccccccccccccccccccccccccccccccc.pdf";
    private const string DraftMaterial = "dddddddddddddddddddddddddddddddd.pdf";

    private static Task<int> MaterialIdAsync(PortalDbContext db, string storedName) =>
        db.LessonMaterials.Where(m => m.StoredName == storedName).Select(m => m.Id).SingleAsync();

    private TestDatabase Database => fixture.Database;

    private async Task<CourseFilesService> ServiceAsync(string? email)
    {
        ICurrentUserAccessor caller = email is null ? new FakeCurrentUserAccessor() : await CallerAsync(Database, email);
        return new CourseFilesService(new PortalDbContextFactory(Database.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>(), caller), caller);
    }

    /// <summary>A published and a draft course, each with a cover and one material; made once per database.</summary>
    private async Task<(int Published, int Draft)> MaterialsAsync()
    {
        await using var db = await Database.CreateSystemContextAsync();
        if (await db.Courses.AnyAsync(c => c.Code == "FILES-PUB"))
            return (await MaterialIdAsync(db, PublishedMaterial), await MaterialIdAsync(db, DraftMaterial));
        Course NewCourse(string code, CourseStatus status, string cover, string stored) => new()
        {
            Code = code, Title = code, TitleEn = code, Status = status, CoverImage = cover, CreatedAt = DateTimeOffset.UtcNow,
            Lessons = [new Lesson { Position = 1, Title = "L1", TitleEn = "L1", Materials = [new LessonMaterial
            {
                FileName = "手册.pdf", ContentType = "application/pdf", StoredName = stored, Size = 5,
            }] }],
        };
        var published = NewCourse("FILES-PUB", CourseStatus.Published, PublishedCover, PublishedMaterial);
        var draft = NewCourse("FILES-DRAFT", CourseStatus.Draft, DraftCover, DraftMaterial);
        db.Courses.AddRange(published, draft);
        await db.SaveChangesAsync();
        return (published.Lessons[0].Materials[0].Id, draft.Lessons[0].Materials[0].Id);
    }

    [Fact]
    public async Task A_published_courses_material_is_for_anyone_signed_in_and_a_drafts_for_brand_staff_only()
    {
        var (published, draft) = await MaterialsAsync();

        var trainee = await ServiceAsync(DemoUsers.TraineeP0001);
        Assert.Equal(new CourseMaterialFile(PublishedMaterial, "手册.pdf", "application/pdf"), await trainee.GetMaterialAsync(published));
        Assert.Null(await trainee.GetMaterialAsync(draft));
        Assert.Null(await (await ServiceAsync(DemoUsers.DealerP0002)).GetMaterialAsync(draft));
        Assert.NotNull(await (await ServiceAsync(DemoUsers.ManagerNorth)).GetMaterialAsync(draft));
        Assert.NotNull(await (await ServiceAsync(DemoUsers.Admin)).GetMaterialAsync(draft));
        Assert.Null(await (await ServiceAsync(null)).GetMaterialAsync(published));
        Assert.Null(await trainee.GetMaterialAsync(int.MaxValue));
    }

    [Fact]
    public async Task Covers_are_images_of_courses_the_caller_may_see()
    {
        await MaterialsAsync();

        var trainee = await ServiceAsync(DemoUsers.TraineeP0001);
        Assert.Equal("image/png", await trainee.GetCoverTypeAsync(PublishedCover));
        Assert.Null(await trainee.GetCoverTypeAsync(DraftCover));
        Assert.Equal("image/jpeg", await (await ServiceAsync(DemoUsers.Admin)).GetCoverTypeAsync(DraftCover));
        Assert.Null(await trainee.GetCoverTypeAsync(PublishedMaterial)); // a material, not an image
        Assert.Null(await trainee.GetCoverTypeAsync("../" + PublishedCover));
        Assert.Null(await (await ServiceAsync(null)).GetCoverTypeAsync(PublishedCover));
    }
}
