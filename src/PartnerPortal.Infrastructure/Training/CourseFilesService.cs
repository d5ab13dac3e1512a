using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Access;

namespace PartnerPortal.Infrastructure.Training;

/// <summary>A lesson material as it is downloaded: the stored file, and the name and type it was uploaded with.</summary>
public sealed record CourseMaterialFile(string StoredName, string FileName, string ContentType);

/// <summary>
/// Which course files a caller may fetch: the materials and covers of published courses for anyone signed in, those of
/// draft and archived courses for the brand's staff, who write them. The files themselves are in <see cref="CourseFiles"/>.
/// </summary>
public sealed class CourseFilesService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser)
{
    /// <summary>The cover images served, by extension, with their content types.</summary>
    public static readonly IReadOnlyDictionary<string, string> CoverTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".png"] = "image/png",
        [".webp"] = "image/webp",
    };

    /// <returns>Null when there is no such material, or its course is not published and the caller is not brand staff.</returns>
    public async Task<CourseMaterialFile?> GetMaterialAsync(int materialId, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        if (!user.IsAuthenticated) return null;
        var anyStatus = IsBrandStaff(user);
        await using var db = await contexts.CreateAsync(ct);
        return await db.LessonMaterials.AsNoTracking()
            .Where(m => m.Id == materialId)
            .Where(m => anyStatus || db.Lessons.Any(l => l.Id == m.LessonId
                && db.Courses.Any(c => c.Id == l.CourseId && c.Status == CourseStatus.Published)))
            .Select(m => new CourseMaterialFile(m.StoredName, m.FileName, m.ContentType))
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>The content type of a course's cover image by its stored name.</summary>
    /// <returns>Null when the name is not a stored image (jpg, png, webp) that is the cover of a course the caller may see.</returns>
    public async Task<string?> GetCoverTypeAsync(string storedName, CancellationToken ct = default)
    {
        if (!CourseFiles.IsStoredName(storedName) || !CoverTypes.TryGetValue(Path.GetExtension(storedName), out var contentType)) return null;
        var user = await currentUser.GetAsync(ct);
        if (!user.IsAuthenticated) return null;
        var anyStatus = IsBrandStaff(user);
        await using var db = await contexts.CreateAsync(ct);
        var isCover = await db.Courses.AsNoTracking()
            .AnyAsync(c => c.CoverImage == storedName && (anyStatus || c.Status == CourseStatus.Published), ct);
        return isCover ? contentType : null;
    }

    private static bool IsBrandStaff(CurrentUser user) => user.IsInRole(PortalRoles.Admin) || user.IsInRole(PortalRoles.ChannelManager);
}
