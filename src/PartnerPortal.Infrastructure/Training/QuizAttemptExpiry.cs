using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Access;

namespace PartnerPortal.Infrastructure.Training;

/// <summary>
/// Scores attempts whose time ran out, with the answers saved by then, even when the learner closed the browser:
/// the learner's points and certificate do not depend on coming back.
/// </summary>
public sealed class QuizAttemptExpiry(PortalDbContextFactory contexts, TimeProvider clock)
{
    /// <returns>How many attempts were ended.</returns>
    public async Task<int> ExpireDueAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateForSystemAsync("quiz-expiry", ct);
        var due = await db.QuizAttempts.Where(a => a.Status == AttemptStatus.InProgress && a.ExpiresAt != null)
            .Select(a => new { a.Id, a.ExpiresAt }).ToListAsync(ct);
        var ended = 0;
        foreach (var id in due.Where(a => a.ExpiresAt < now).Select(a => a.Id))
        {
            try
            {
                db.ChangeTracker.Clear();
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                var attempt = await db.QuizAttempts.FirstAsync(a => a.Id == id, ct);
                if (attempt.Status != AttemptStatus.InProgress) continue;
                var course = await db.Courses.AsNoTracking().Include(c => c.Questions).ThenInclude(q => q.Options).AsSplitQuery()
                    .FirstAsync(c => c.Id == attempt.CourseId, ct);
                await AttemptFinisher.FinishAsync(db, attempt, course, AttemptStatus.Expired, now, DateOnly.FromDateTime(clock.GetLocalNow().Date), ct);
                await tx.CommitAsync(ct);
                ended++;
            }
            catch (DbUpdateException)
            {
                // The learner submitted at the same moment: their submission stands.
            }
        }
        return ended;
    }
}

/// <summary>Runs <see cref="QuizAttemptExpiry"/> every 30 seconds.</summary>
public sealed class QuizAttemptExpiryWorker(IServiceScopeFactory scopes, ILogger<QuizAttemptExpiryWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var ended = await scope.ServiceProvider.GetRequiredService<QuizAttemptExpiry>().ExpireDueAsync(stoppingToken);
                if (ended > 0) logger.LogInformation("{Count} quiz attempts ended when their time ran out", ended);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Ending expired quiz attempts failed");
            }
        }
    }
}
