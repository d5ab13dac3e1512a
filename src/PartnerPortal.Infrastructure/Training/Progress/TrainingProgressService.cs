using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;

namespace PartnerPortal.Infrastructure.Training.Progress;

/// <summary>A published course to pick on the progress page.</summary>
public sealed record ProgressCourse(int Id, string Code, string Title, string TitleEn);

/// <summary>A region of the caller's partners, for the progress page's filter.</summary>
public sealed record ProgressRegion(int Id, string Code, string Name, string NameEn);

/// <summary>
/// One partner's learners of a course: enrolled (assigned, or with lesson progress or an attempt), passed (a passed
/// attempt), failed (finished attempts, none passed, none running), in progress (not passed or failed, with lesson
/// progress or a running attempt). Enrolled learners who have done nothing yet count in none of the last three.
/// </summary>
public sealed record CourseProgressRow(int PartnerId, string PartnerCode, string PartnerName, string PartnerNameEn,
    string RegionName, string RegionNameEn, int Enrolled, int InProgress, int Passed, int Failed)
{
    /// <summary>The sums of the rows' figures, under an empty partner.</summary>
    public static CourseProgressRow Total(IEnumerable<CourseProgressRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        int enrolled = 0, inProgress = 0, passed = 0, failed = 0;
        foreach (var r in rows)
        {
            enrolled += r.Enrolled;
            inProgress += r.InProgress;
            passed += r.Passed;
            failed += r.Failed;
        }
        return new CourseProgressRow(0, "", "", "", "", "", enrolled, inProgress, passed, failed);
    }
}

/// <summary>How learners of the caller's partners are getting on with a course, for brand staff.</summary>
public sealed class TrainingProgressService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser)
{
    /// <summary>The published courses, by code.</summary>
    /// <exception cref="Domain.Access.ScopeViolationException">The caller is not brand staff.</exception>
    public async Task<IReadOnlyList<ProgressCourse>> ListCoursesAsync(CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        await using var db = await contexts.CreateAsync(ct);
        return await db.Courses.AsNoTracking().Where(c => c.Status == CourseStatus.Published).OrderBy(c => c.Code)
            .Select(c => new ProgressCourse(c.Id, c.Code, c.Title, c.TitleEn)).ToListAsync(ct);
    }

    /// <summary>The regions the caller's partners are in, by code.</summary>
    /// <exception cref="Domain.Access.ScopeViolationException">The caller is not brand staff.</exception>
    public async Task<IReadOnlyList<ProgressRegion>> ListRegionsAsync(CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        await using var db = await contexts.CreateAsync(ct);
        var regionIds = db.Partners.Select(p => p.RegionId);
        return await db.Regions.AsNoTracking().Where(r => regionIds.Contains(r.Id)).OrderBy(r => r.Code)
            .Select(r => new ProgressRegion(r.Id, r.Code, r.Name, r.NameEn)).ToListAsync(ct);
    }

    /// <summary>
    /// One row per partner of the caller's scope (optionally one region) with at least one enrolled learner, by partner
    /// code. A learner counts under the partner their account belongs to.
    /// </summary>
    /// <exception cref="Domain.Access.ScopeViolationException">The caller is not brand staff.</exception>
    public async Task<IReadOnlyList<CourseProgressRow>> ByPartnerAsync(int courseId, int? regionId, CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        await using var db = await contexts.CreateAsync(ct);

        // The partners the caller may see (the query filter), in the region asked for.
        var partners = db.Partners.AsNoTracking();
        if (regionId is { } region) partners = partners.Where(p => p.RegionId == region);
        var partnerIds = partners.Select(p => p.Id);
        var learners = db.Users.Where(u => u.PartnerId != null && partnerIds.Contains(u.PartnerId.Value));
        var learnerIds = learners.Select(u => u.Id);

        // One row per learner and source, each grouped in the database.
        var attempts = await db.QuizAttempts.AsNoTracking()
            .Where(a => a.CourseId == courseId && learnerIds.Contains(a.UserId))
            .GroupBy(a => a.UserId)
            .Select(g => new
            {
                UserId = g.Key,
                Passed = g.Count(a => a.Passed == true),
                Running = g.Count(a => a.Status == AttemptStatus.InProgress),
                Finished = g.Count(a => a.Status != AttemptStatus.InProgress),
            })
            .ToListAsync(ct);
        var studying = await db.LessonProgress.AsNoTracking()
            .Where(l => l.CourseId == courseId && learnerIds.Contains(l.UserId))
            .Select(l => l.UserId).Distinct().ToListAsync(ct);
        var assigned = await db.CourseAssignments.AsNoTracking()
            .Where(a => a.CourseId == courseId && learnerIds.Contains(a.UserId))
            .Select(a => a.UserId).Distinct().ToListAsync(ct);

        var byUser = attempts.ToDictionary(a => a.UserId, StringComparer.Ordinal);
        var enrolled = new HashSet<string>(assigned, StringComparer.Ordinal);
        enrolled.UnionWith(studying);
        enrolled.UnionWith(byUser.Keys);
        if (enrolled.Count == 0) return [];
        var studyingSet = studying.ToHashSet(StringComparer.Ordinal);

        var ids = enrolled.ToList();
        var partnerOf = await learners.Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, PartnerId = u.PartnerId!.Value })
            .ToListAsync(ct);
        var figures = new Dictionary<int, int[]>();
        foreach (var learner in partnerOf)
        {
            if (!figures.TryGetValue(learner.PartnerId, out var f)) figures[learner.PartnerId] = f = new int[4];
            f[0]++;
            byUser.TryGetValue(learner.Id, out var a);
            if (a is { Passed: > 0 }) f[2]++;
            else if (a is { Finished: > 0, Running: 0 }) f[3]++;
            else if (a is { Running: > 0 } || studyingSet.Contains(learner.Id)) f[1]++;
        }

        var keys = figures.Keys.ToList();
        var named = await partners.Where(p => keys.Contains(p.Id)).OrderBy(p => p.Code)
            .Select(p => new { p.Id, p.Code, p.Name, p.NameEn, RegionName = p.Region!.Name, RegionNameEn = p.Region.NameEn })
            .ToListAsync(ct);
        return named.Select(p =>
        {
            var f = figures[p.Id];
            return new CourseProgressRow(p.Id, p.Code, p.Name, p.NameEn, p.RegionName, p.RegionNameEn, f[0], f[1], f[2], f[3]);
        }).ToList();
    }
}
