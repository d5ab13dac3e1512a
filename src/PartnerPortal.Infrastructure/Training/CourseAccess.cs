using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Access;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Data;

namespace PartnerPortal.Infrastructure.Training;

/// <summary>A learner: a partner's staff member (by their display name), with what decides which courses are open to them.</summary>
internal sealed record Learner(string UserId, string UserName, IReadOnlyCollection<string> Roles, int PartnerId, PartnerTier Tier, int RegionId)
{
    /// <summary>
    /// A published course is open to a learner it is assigned to, or whose role, partner tier, region or name its
    /// audience lists; a course with no audience at all is open to every partner's staff.
    /// </summary>
    public bool CanTake(Course course, bool assigned) =>
        course.Status == CourseStatus.Published
        && (assigned
            || (course.AudienceRoles.Count == 0 && course.AudienceTiers.Count == 0 && course.AudienceRegionIds.Count == 0 && course.AudienceUserIds.Count == 0)
            || course.AudienceRoles.Any(Roles.Contains) || course.AudienceTiers.Contains(Tier) || course.AudienceRegionIds.Contains(RegionId)
            || course.AudienceUserIds.Contains(UserId));
}

internal static class CourseAccess
{
    /// <summary>The signed-in partner staff member as a learner; null for anyone else.</summary>
    public static async Task<Learner?> LearnerAsync(PortalDbContext db, CurrentUser user, CancellationToken ct)
    {
        if (user.UserId is null || db.Scope.Kind != ScopeKind.Partner || db.Scope.PartnerId is not { } partnerId) return null;
        var partner = await db.Partners.AsNoTracking().Where(p => p.Id == partnerId).Select(p => new { p.Tier, p.RegionId }).FirstOrDefaultAsync(ct);
        // Certificates and the leaderboard name the person, not their login.
        var name = await db.Users.Where(u => u.Id == user.UserId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
        return partner is null ? null
            : new Learner(user.UserId, string.IsNullOrWhiteSpace(name) ? user.UserName : name, user.Roles, partnerId, partner.Tier, partner.RegionId);
    }

    /// <summary>The course when it is open to the learner, with its lessons (and, when asked, its question bank).</summary>
    public static async Task<Course?> OpenCourseAsync(PortalDbContext db, Learner learner, int courseId, bool withQuestions, CancellationToken ct)
    {
        var query = db.Courses.AsNoTracking().Include(c => c.Lessons).ThenInclude(l => l.Materials).AsQueryable();
        if (withQuestions) query = query.Include(c => c.Questions).ThenInclude(q => q.Options);
        var course = await query.AsSplitQuery().FirstOrDefaultAsync(c => c.Id == courseId && c.Status == CourseStatus.Published, ct);
        if (course is null) return null;
        var assigned = await db.CourseAssignments.AnyAsync(a => a.CourseId == courseId && a.UserId == learner.UserId, ct);
        return learner.CanTake(course, assigned) ? course : null;
    }
}
