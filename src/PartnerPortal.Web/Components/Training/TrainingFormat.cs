using System.Globalization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using PartnerPortal.Infrastructure.Training;

namespace PartnerPortal.Web.Components.Training;

/// <summary>How the training pages show progress, time and file sizes: display only.</summary>
public static class TrainingFormat
{
    /// <summary>Lessons done as a percentage of the course's lessons, 0 for a course without lessons.</summary>
    public static double Percent(int done, int total) =>
        total <= 0 ? 0 : Math.Clamp(done * 100.0 / total, 0, 100);

    /// <summary>Time left on a countdown, "mm:ss", or "h:mm:ss" from an hour up; never negative.</summary>
    public static string Remaining(TimeSpan left)
    {
        if (left < TimeSpan.Zero) left = TimeSpan.Zero;
        // Whole seconds, rounded up: "00:01" shows until the last second has passed.
        var seconds = (long)Math.Ceiling(left.TotalSeconds);
        var time = TimeSpan.FromSeconds(seconds);
        return time.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalHours}:{time.Minutes:00}:{time.Seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{time.Minutes:00}:{time.Seconds:00}");
    }

    /// <summary>"850 KB", "2.4 MB".</summary>
    public static string FileSize(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{Math.Ceiling(bytes / 1024.0).ToString("N0", CultureInfo.CurrentCulture)} KB",
        _ => $"{(bytes / (1024.0 * 1024.0)).ToString("N1", CultureInfo.CurrentCulture)} MB",
    };

    public static Color ColorOf(LearnerCourseState state) => state switch
    {
        LearnerCourseState.Passed => Color.Success,
        LearnerCourseState.Failed => Color.Error,
        LearnerCourseState.InProgress => Color.Info,
        _ => Color.Default,
    };

    /// <summary>"3 of 5 lessons".</summary>
    public static string Lessons(IStringLocalizer localizer, int done, int total) => localizer["{0} of {1} lessons", done, total];

    /// <summary>A time limit in minutes, or "None".</summary>
    public static string TimeLimit(IStringLocalizer localizer, int? minutes) =>
        minutes is { } m ? localizer["{0} minutes", m] : localizer["No time limit"];

    /// <summary>"2 of 3 used" or "2 used (no limit)".</summary>
    public static string Attempts(IStringLocalizer localizer, int used, int? limit) =>
        limit is { } l ? localizer["{0} of {1} used", used, l] : localizer["{0} used (no limit)", used];
}
