using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Users;
using static PartnerPortal.Infrastructure.Training.Authoring.CourseAuthoringSupport;

namespace PartnerPortal.Infrastructure.Training.Authoring;

/// <summary>Courses as their authors read them: the list, and one course with its lessons, questions and assignments.</summary>
public sealed class CourseAuthoringQueryService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser)
{
    public async Task<PagedResult<CourseRow>> ListAsync(PageRequest request, CourseStatus? status = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        await using var db = await contexts.CreateAsync(ct);
        var query = db.Courses.AsNoTracking();
        if (status is { } s) query = query.Where(c => c.Status == s);
        if (request.SearchPattern is { } pattern)
            query = query.Where(c => EF.Functions.Like(c.Code, pattern, PageRequest.LikeEscape) || EF.Functions.Like(c.Title, pattern, PageRequest.LikeEscape)
                                     || EF.Functions.Like(c.TitleEn, pattern, PageRequest.LikeEscape));
        var total = await query.CountAsync(ct);
        query = request.SortBy switch
        {
            "Code" => request.Descending ? query.OrderByDescending(c => c.Code) : query.OrderBy(c => c.Code),
            "Title" => request.Descending ? query.OrderByDescending(c => c.Title) : query.OrderBy(c => c.Title),
            "Status" => request.Descending ? query.OrderByDescending(c => c.Status) : query.OrderBy(c => c.Status),
            _ => query.OrderByDescending(c => c.Id),
        };
        var rows = await query.Skip(request.Skip).Take(request.SafePageSize)
            .Select(c => new CourseRow(c.Id, c.Code, c.Title, c.TitleEn, c.Status, c.Lessons.Count, c.Questions.Count, c.CreatedAt, c.PublishedAt))
            .ToListAsync(ct);
        return new PagedResult<CourseRow>(rows, total);
    }

    /// <returns>The course with its lessons, questions (answers included) and assignments to learners the caller can see; null when there is none.</returns>
    public async Task<CourseEditView?> GetAsync(int id, CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        await using var db = await contexts.CreateAsync(ct);
        var course = await db.Courses.AsNoTracking()
            .Include(c => c.Lessons).ThenInclude(l => l.Materials)
            .Include(c => c.Questions).ThenInclude(q => q.Options)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == id, ct);
        if (course is null) return null;

        var lessons = course.Lessons.OrderBy(l => l.Position).ThenBy(l => l.Id)
            .Select(l => new LessonEditView(l.Id, l.Position, l.Title, l.TitleEn, l.Body, l.BodyEn, l.VideoUrl,
                l.Materials.OrderBy(m => m.FileName, StringComparer.Ordinal).Select(m => new MaterialEditView(m.Id, m.FileName, m.ContentType, m.Size)).ToList()))
            .ToList();
        var questions = OrderedQuestions(course)
            .Select(q => new QuestionEditView(q.Id, q.Position, q.Kind, q.Text, q.TextEn,
                q.Options.OrderBy(o => o.Position).ThenBy(o => o.Id).Select(o => new OptionEditView(o.Id, o.Text, o.TextEn, o.IsCorrect)).ToList()))
            .ToList();
        var audience = await LearnerOptionsAsync(db, course.AudienceUserIds, ct);

        var assigned = await db.CourseAssignments.AsNoTracking().Where(a => a.CourseId == id).ToListAsync(ct);
        var learners = (await LearnerOptionsAsync(db, assigned.Select(a => a.UserId).ToList(), ct)).ToDictionary(l => l.UserId);
        var assigner = await ActorNames.ResolveAsync(db, assigned.Select(a => a.AssignedByUserName), ct);
        var assignments = assigned.Where(a => learners.ContainsKey(a.UserId))
            .Select(a => new AssignmentRow(learners[a.UserId], a.DueOn, a.AssignedAt, assigner(a.AssignedByUserName)))
            .OrderBy(a => a.Learner.PartnerCode, StringComparer.Ordinal).ThenBy(a => a.Learner.DisplayName, StringComparer.Ordinal)
            .ToList();

        return new CourseEditView(course.Id, course.Status, CourseDraft.From(course), course.CoverImage, course.CreatedAt, course.PublishedAt,
            lessons, questions, audience, assignments);
    }

    public async Task<CourseEditorOptions> GetEditorOptionsAsync(CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        await using var db = await contexts.CreateAsync(ct);
        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.Code).Select(r => new RegionOption(r.Id, r.Code, r.Name, r.NameEn)).ToListAsync(ct);
        return new CourseEditorOptions(regions);
    }
}
