using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Points;
using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Data;
using PartnerPortal.Infrastructure.Points;

namespace PartnerPortal.Infrastructure.Training;

/// <summary>
/// Ends an attempt: scores it on the server with the answers saved so far, and on a pass credits the course's points
/// (once per learner and course: the ledger's unique key refuses a second credit) and issues a certificate. The
/// attempt's version guards the whole step: two finishes of one attempt cannot both save.
/// </summary>
internal static class AttemptFinisher
{
    public static async Task FinishAsync(PortalDbContext db, QuizAttempt attempt, Course course, AttemptStatus status, DateTimeOffset now,
        DateOnly today, CancellationToken ct)
    {
        var bank = course.Questions.Select(q => q.ToQuiz(english: false)).ToList();
        var result = QuizScoring.Score(attempt.Questions, bank, attempt.Answers, course.PassMark, course.PartialCredit);
        attempt.Status = status;
        attempt.FinishedAt = now;
        attempt.ScorePercent = result.ScorePercent;
        attempt.Passed = result.Passed;
        attempt.WrongQuestionIds = result.Questions.Where(q => !q.IsCorrect).Select(q => q.QuestionId).ToList();
        attempt.Version++;

        if (result.Passed)
        {
            var key = $"course:{course.Id}:{attempt.UserId}";
            var credited = await db.PointsEntries.AnyAsync(e => e.PartnerId == attempt.PartnerId && e.Kind == PointsEntryKind.CoursePassed && e.Key == key, ct);
            var points = PointsRules.CoursePointsDue(credited, course.PointsOnPassing);
            if (points > 0)
            {
                await PointsLedger.PostAsync(db, new PointsEntry
                {
                    PartnerId = attempt.PartnerId, Kind = PointsEntryKind.CoursePassed, Points = points, UserId = attempt.UserId,
                    UserName = attempt.UserName, Reason = course.Title, Key = key, CreatedAt = now, CreatedByUserName = attempt.UserName,
                }, ct);
                attempt.PointsAwarded = points;
            }

            var certificate = new Certificate
            {
                Code = CertificateCode.Generate(), CourseId = course.Id, UserId = attempt.UserId, HolderName = attempt.UserName,
                PartnerId = attempt.PartnerId, AttemptId = attempt.Id, PassedOn = today,
                ValidUntil = CertificateRules.ValidUntil(today, course.CertificateValidityMonths), IssuedAt = now,
            };
            db.Certificates.Add(certificate);
            await db.SaveChangesAsync(ct);
            attempt.CertificateId = certificate.Id;
        }
        await db.SaveChangesAsync(ct);
    }
}
