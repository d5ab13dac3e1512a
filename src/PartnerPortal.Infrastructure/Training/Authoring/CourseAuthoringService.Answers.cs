using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Common;

namespace PartnerPortal.Infrastructure.Training.Authoring;

public sealed partial class CourseAuthoringService
{
    /// <summary>
    /// Changes when learners see the right options of an ended attempt, also on a published course: the quiz itself
    /// stays frozen, only what its results reveal changes. Raises the course's version, so the audit log records it.
    /// </summary>
    public async Task<Outcome> SetShowCorrectAnswersAsync(int id, CorrectAnswersShown show, CancellationToken ct = default)
    {
        CommandSupport.RequireBrandStaff(await currentUser.GetAsync(ct));
        if (!Enum.IsDefined(show)) return Outcome.Failed(ProblemCodes.NotFound, nameof(CourseDraft.ShowCorrectAnswers));
        return await CommandSupport.RetryAsync(async () =>
        {
            await using var db = await contexts.CreateAsync(ct);
            var course = await db.Courses.FirstOrDefaultAsync(c => c.Id == id, ct);
            if (course is null) return Outcome.Failed(ProblemCodes.NotFound, CourseField);
            if (course.Status == CourseStatus.Archived) return Outcome.Failed(CourseAuthoringProblems.WrongCourseStatus, null, course.Status);
            if (course.ShowCorrectAnswers == show) return Outcome.Success;
            course.ShowCorrectAnswers = show;
            course.Version++;
            await db.SaveChangesAsync(ct);
            return Outcome.Success;
        }, ct);
    }
}
