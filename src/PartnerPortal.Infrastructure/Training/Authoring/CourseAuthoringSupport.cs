using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Identity;

namespace PartnerPortal.Infrastructure.Training.Authoring;

/// <summary>What the course authoring services share: the learners the caller may name, and a course's questions in order.</summary>
internal static class CourseAuthoringSupport
{
    public const string CourseField = "Course";

    public static IEnumerable<CourseQuestion> OrderedQuestions(Course course) => course.Questions.OrderBy(q => q.Position).ThenBy(q => q.Id);

    /// <summary>Users of the partners the caller's scope sees (the partner filter applies inside the query).</summary>
    public static IQueryable<PortalUser> Learners(PortalDbContext db) =>
        db.Users.Where(u => u.PartnerId != null && db.Partners.Any(p => p.Id == u.PartnerId));

    public static async Task<IReadOnlyList<LearnerOption>> LearnerOptionsAsync(PortalDbContext db, IReadOnlyCollection<string> userIds, CancellationToken ct)
    {
        if (userIds.Count == 0) return [];
        var ids = userIds.ToList();
        return await Learners(db).AsNoTracking().Where(u => ids.Contains(u.Id))
            .OrderBy(u => u.Partner!.Code).ThenBy(u => u.DisplayName).Select(Option).ToListAsync(ct);
    }

    public static readonly System.Linq.Expressions.Expression<Func<PortalUser, LearnerOption>> Option = u =>
        new LearnerOption(u.Id, u.DisplayName, u.Email ?? "", u.Partner!.Code, u.Partner.Name, u.Partner.NameEn);
}
