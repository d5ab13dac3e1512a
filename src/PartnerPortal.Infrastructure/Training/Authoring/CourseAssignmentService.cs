using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Access;
using PartnerPortal.Infrastructure.Common;
using static PartnerPortal.Infrastructure.Training.Authoring.CourseAuthoringSupport;

namespace PartnerPortal.Infrastructure.Training.Authoring;

/// <summary>Assigning a published course to named learners: staff of the partners in the caller's scope only.</summary>
public sealed class CourseAssignmentService(PortalDbContextFactory contexts, ICurrentUserAccessor currentUser, TimeProvider clock)
{
    private const int PickerSize = 20;

    /// <summary>
    /// Assigns a published course to learners, due on the given day, or by default the course's due days from today (no
    /// due date without them). A learner it is already assigned to gets the new due date.
    /// </summary>
    /// <returns>How many learners it was assigned to, newly or again.</returns>
    public async Task<Outcome<int>> AssignAsync(int courseId, IReadOnlyCollection<string> userIds, DateOnly? dueOn, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        var user = await currentUser.GetAsync(ct);
        CommandSupport.RequireBrandStaff(user);
        var ids = userIds.Where(u => !string.IsNullOrWhiteSpace(u)).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0) return Outcome<int>.Failed(ProblemCodes.Required, "UserIds");
        var today = CommandSupport.Today(clock);
        if (dueOn < today) return Outcome<int>.Failed(CourseAuthoringProblems.DueInPast, "DueOn");
        if (dueOn is { } dueDay && !DateRules.IsInRange(dueDay)) return Outcome<int>.Failed([DateRules.OutOfRange("DueOn")]);

        return await CommandSupport.RetryAsync(async () =>
        {
            await using var db = await contexts.CreateAsync(ct);
            var course = await db.Courses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == courseId, ct);
            if (course is null) return Outcome<int>.Failed(ProblemCodes.NotFound, CourseField);
            if (course.Status != CourseStatus.Published) return Outcome<int>.Failed(CourseAuthoringProblems.WrongCourseStatus, null, course.Status);
            if (await Learners(db).CountAsync(u => ids.Contains(u.Id), ct) != ids.Count)
                return Outcome<int>.Failed(ProblemCodes.OutsideScope, "UserIds");

            var due = dueOn ?? (course.DueDays is { } days ? today.AddDays(days) : null);
            var existing = await db.CourseAssignments.Where(a => a.CourseId == courseId && ids.Contains(a.UserId)).ToDictionaryAsync(a => a.UserId, ct);
            var now = clock.GetUtcNow();
            foreach (var id in ids)
            {
                if (existing.TryGetValue(id, out var assignment))
                {
                    assignment.DueOn = due;
                    assignment.AssignedByUserName = user.UserName;
                }
                else
                {
                    db.CourseAssignments.Add(new CourseAssignment { CourseId = courseId, UserId = id, DueOn = due, AssignedAt = now, AssignedByUserName = user.UserName });
                }
            }
            await db.SaveChangesAsync(ct);
            return Outcome<int>.Success(ids.Count);
        }, ct);
    }

    /// <summary>Takes the course off a learner's assigned list; what they have done so far stays.</summary>
    public async Task<Outcome> UnassignAsync(int courseId, string userId, CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        await using var db = await contexts.CreateAsync(ct);
        var assignment = await db.CourseAssignments
            .Where(a => a.CourseId == courseId && a.UserId == userId && Learners(db).Any(u => u.Id == a.UserId))
            .FirstOrDefaultAsync(ct);
        if (assignment is null) return Outcome.Failed(ProblemCodes.NotFound, "UserIds");
        db.CourseAssignments.Remove(assignment);
        await db.SaveChangesAsync(ct);
        return Outcome.Success;
    }

    /// <summary>Partners' staff in the caller's scope whose name, e-mail or partner matches the text; at most 20.</summary>
    public async Task<IReadOnlyList<LearnerOption>> SearchLearnersAsync(string? text, CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        await using var db = await contexts.CreateAsync(ct);
        var query = Learners(db);
        if (new PageRequest(Search: text).SearchPattern is { } pattern)
            query = query.Where(u => EF.Functions.Like(u.DisplayName, pattern, PageRequest.LikeEscape) || EF.Functions.Like(u.Email!, pattern, PageRequest.LikeEscape)
                                     || EF.Functions.Like(u.Partner!.Code, pattern, PageRequest.LikeEscape)
                                     || EF.Functions.Like(u.Partner.Name, pattern, PageRequest.LikeEscape)
                                     || EF.Functions.Like(u.Partner.NameEn, pattern, PageRequest.LikeEscape));
        return await query.OrderBy(u => u.Partner!.Code).ThenBy(u => u.DisplayName).Take(PickerSize).Select(Option).ToListAsync(ct);
    }
}
