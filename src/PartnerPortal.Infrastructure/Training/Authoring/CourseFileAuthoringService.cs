using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;

namespace PartnerPortal.Infrastructure.Training.Authoring;

/// <summary>
/// The files of a draft course: its cover image and its lessons' downloadable materials, stored by
/// <see cref="CourseFiles"/> under names the app makes up and served by the training endpoints. For the brand's staff
/// only; each change raises the course's version, so that it is audited on the course.
/// </summary>
public sealed class CourseFileAuthoringService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser, CourseFiles files)
{
    public const long CoverMaxBytes = 2 * 1024 * 1024;
    public const long MaterialMaxBytes = 50 * 1024 * 1024;
    private const int ContentTypeMaxLength = 100;
    private const string FileField = "File";

    /// <summary>Stores a jpg, png or webp image as the course's cover, in place of any earlier one.</summary>
    /// <param name="size">The file's size as uploaded, checked before anything is stored.</param>
    /// <returns>The stored name of the cover.</returns>
    public async Task<Outcome<string>> SetCoverAsync(int courseId, Stream content, string fileName, long size, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        var name = CleanName(fileName);
        if (!CourseFilesService.CoverTypes.ContainsKey(Path.GetExtension(name)))
            return Outcome<string>.Failed(CourseAuthoringProblems.FileType, FileField, string.Join(", ", CourseFilesService.CoverTypes.Keys));
        if (size > CoverMaxBytes) return Outcome<string>.Failed(CourseAuthoringProblems.FileTooLarge, FileField, CoverMaxBytes / 1024 / 1024);

        await using var db = await contexts.CreateAsync(ct);
        var course = await db.Courses.FirstOrDefaultAsync(c => c.Id == courseId, ct);
        if (course is null) return Outcome<string>.Failed(ProblemCodes.NotFound, "Course");
        if (course.Status != CourseStatus.Draft) return Outcome<string>.Failed(CourseAuthoringProblems.WrongCourseStatus, null, course.Status);

        var stored = await files.SaveAsync(content, name, ct);
        var previous = course.CoverImage;
        course.CoverImage = stored;
        course.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            files.Delete(stored);
            throw;
        }
        if (previous is not null && CourseFiles.IsStoredName(previous)) files.Delete(previous);
        return Outcome<string>.Success(stored);
    }

    public async Task<Outcome> RemoveCoverAsync(int courseId, CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        await using var db = await contexts.CreateAsync(ct);
        var course = await db.Courses.FirstOrDefaultAsync(c => c.Id == courseId, ct);
        if (course is null) return Outcome.Failed(ProblemCodes.NotFound, "Course");
        if (course.Status != CourseStatus.Draft) return Outcome.Failed(CourseAuthoringProblems.WrongCourseStatus, null, course.Status);
        if (course.CoverImage is not { } previous) return Outcome.Success;
        course.CoverImage = null;
        course.Version++;
        await db.SaveChangesAsync(ct);
        if (CourseFiles.IsStoredName(previous)) files.Delete(previous);
        return Outcome.Success;
    }

    /// <summary>Stores a file as a download of the lesson, under the name and type it was uploaded with.</summary>
    /// <returns>The id of the material.</returns>
    public async Task<Outcome<int>> AddMaterialAsync(int courseId, int lessonId, Stream content, string fileName, string? contentType, long size,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        var name = CleanName(fileName);
        var problems = new List<Problem>();
        TextRules.Required(problems, FileField, name, LessonMaterial.FileNameMaxLength);
        if (size > MaterialMaxBytes) problems.Add(new Problem(CourseAuthoringProblems.FileTooLarge, FileField, MaterialMaxBytes / 1024 / 1024));
        if (problems.Count > 0) return Outcome<int>.Failed(problems);

        await using var db = await contexts.CreateAsync(ct);
        var course = await db.Courses.Include(c => c.Lessons.Where(l => l.Id == lessonId)).FirstOrDefaultAsync(c => c.Id == courseId, ct);
        if (course is null) return Outcome<int>.Failed(ProblemCodes.NotFound, "Course");
        if (course.Status != CourseStatus.Draft) return Outcome<int>.Failed(CourseAuthoringProblems.WrongCourseStatus, null, course.Status);
        if (course.Lessons.FirstOrDefault(l => l.Id == lessonId) is not { } lesson) return Outcome<int>.Failed(ProblemCodes.NotFound, "Lesson");

        var stored = await files.SaveAsync(content, name, ct);
        var material = new LessonMaterial { FileName = name, ContentType = CleanType(contentType), StoredName = stored, Size = size };
        lesson.Materials.Add(material);
        course.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            files.Delete(stored);
            throw;
        }
        return Outcome<int>.Success(material.Id);
    }

    public async Task<Outcome> DeleteMaterialAsync(int courseId, int materialId, CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        await using var db = await contexts.CreateAsync(ct);
        var course = await db.Courses.FirstOrDefaultAsync(c => c.Id == courseId, ct);
        if (course is null) return Outcome.Failed(ProblemCodes.NotFound, "Course");
        if (course.Status != CourseStatus.Draft) return Outcome.Failed(CourseAuthoringProblems.WrongCourseStatus, null, course.Status);
        var material = await db.LessonMaterials.FirstOrDefaultAsync(m => m.Id == materialId && db.Lessons.Any(l => l.Id == m.LessonId && l.CourseId == courseId), ct);
        if (material is null) return Outcome.Failed(ProblemCodes.NotFound, FileField);
        db.LessonMaterials.Remove(material);
        course.Version++;
        await db.SaveChangesAsync(ct);
        if (CourseFiles.IsStoredName(material.StoredName)) files.Delete(material.StoredName);
        return Outcome.Success;
    }

    /// <summary>The name without any folder or control characters, as a browser may send "C:\fakepath\a.pdf".</summary>
    internal static string CleanName(string? fileName)
    {
        var name = (fileName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        return new string(name.Where(c => !char.IsControl(c)).ToArray()).Trim();
    }

    private static string CleanType(string? contentType) =>
        string.IsNullOrWhiteSpace(contentType) || contentType.Length > ContentTypeMaxLength || contentType.Any(char.IsControl)
            ? "application/octet-stream"
            : contentType.Trim();
}
