using System.Globalization;
using PartnerPortal.Domain.Training;
using PartnerPortal.Infrastructure.Training;
using PartnerPortal.Web.Components.Training;

namespace PartnerPortal.Web.Tests.Training;

/// <summary>The small display helpers of the training pages.</summary>
public sealed class TrainingHelpersTests
{
    [Theory]
    [InlineData(0, "00:00")]
    [InlineData(-5, "00:00")]
    [InlineData(0.2, "00:01")]
    [InlineData(59, "00:59")]
    [InlineData(61, "01:01")]
    [InlineData(3599, "59:59")]
    [InlineData(3600, "1:00:00")]
    [InlineData(5025, "1:23:45")]
    public void Remaining_time_is_shown_as_minutes_and_seconds(double seconds, string expected) =>
        Assert.Equal(expected, TrainingFormat.Remaining(TimeSpan.FromSeconds(seconds)));

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(2, 5, 40)]
    [InlineData(5, 5, 100)]
    [InlineData(7, 5, 100)]
    public void Percent_of_lessons_done(int done, int total, double expected) =>
        Assert.Equal(expected, TrainingFormat.Percent(done, total));

    [Fact]
    public void File_sizes()
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            Assert.Equal("800 B", TrainingFormat.FileSize(800));
            Assert.Equal("2 KB", TrainingFormat.FileSize(1500));
            Assert.Equal("2.4 MB", TrainingFormat.FileSize(2_500_000));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Links_are_escaped()
    {
        Assert.Equal("/training/covers/a%20b%2F..%2Fc.png", TrainingLinks.Cover("a b/../c.png"));
        Assert.Equal("/training/certificates/K7M2Q9XH4P.pdf", TrainingLinks.Certificate("K7M2Q9XH4P"));
        Assert.Equal("/training/materials/9", TrainingLinks.Material(9));
        Assert.Equal("/learning/courses/3/lessons/8", TrainingLinks.Lesson(3, 8));
        Assert.Equal("/learning/attempts/5", TrainingLinks.Attempt(5));
    }

    [Theory]
    [InlineData("https://cdn.example.com/v/intro.mp4", true)]
    [InlineData("https://cdn.example.com/v/INTRO.MP4?token=1", true)]
    [InlineData("http://cdn.example.com/v/intro.mp4", false)]
    [InlineData("https://v.qq.com/x/page/abc.html", false)]
    public void A_video_plays_in_the_page_only_from_an_https_mp4_link(string url, bool inPage)
    {
        var video = LessonVideo.From(url);

        Assert.NotNull(video);
        Assert.Equal(inPage, video.PlaysInPage);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("/videos/intro.mp4")]
    [InlineData("")]
    [InlineData(null)]
    public void A_video_other_than_http_is_not_shown(string? url) => Assert.Null(LessonVideo.From(url));

    private static readonly TakerQuestion Single = new(1, QuestionKind.SingleChoice, "Q1", [new(10, "a"), new(11, "b")]);
    private static readonly TakerQuestion Multiple = new(2, QuestionKind.MultipleChoice, "Q2", [new(20, "a"), new(21, "b"), new(22, "c")]);
    private static readonly TakerQuestion TrueFalse = new(3, QuestionKind.TrueFalse, "Q3", [new(30, "true"), new(31, "false")]);

    [Fact]
    public void Answers_start_from_what_was_saved_and_count_the_answered_questions()
    {
        var answers = new QuizAnswers([Single, Multiple, TrueFalse], [new SubmittedAnswer(2, [22, 20]), new SubmittedAnswer(3, [])]);

        Assert.Equal(3, answers.QuestionCount);
        Assert.Equal(1, answers.AnsweredCount);
        Assert.Equal([1, 3], answers.UnansweredNumbers);
        Assert.Equal([20, 22], answers.SelectedFor(2));
        Assert.Empty(answers.SelectedFor(1));
    }

    [Fact]
    public void An_answer_keeps_only_the_questions_own_options_once_each()
    {
        var answers = new QuizAnswers([Single, Multiple], []);

        var kept = answers.Set(new SubmittedAnswer(2, [21, 99, 21, 10]));

        Assert.Equal([21], kept!.SelectedOptionIds);
        Assert.Null(answers.Set(new SubmittedAnswer(42, [1])));
        Assert.Equal(1, answers.AnsweredCount);
    }

    [Fact]
    public void Choosing_and_toggling_build_the_whole_answer()
    {
        Assert.Equal([11], QuizAnswers.Choose(Single, 11).SelectedOptionIds);
        Assert.Equal([20, 21], QuizAnswers.Toggle(Multiple, [21], 20, true).SelectedOptionIds);
        Assert.Equal([21], QuizAnswers.Toggle(Multiple, [20, 21], 20, false).SelectedOptionIds);
    }

    private static CourseView Course(int? inProgress = null, bool canStart = false, string? certificate = null, int used = 0, int? limit = null) =>
        new(1, "C", "课", "Course", "", "", null, [new LessonLink(1, 1, "一", "One", true)], 5, 60, null, limit, used, 0, null, inProgress, [],
            certificate, canStart);

    [Fact]
    public void The_quiz_offered_follows_the_course()
    {
        Assert.Equal(QuizAvailability.Continue, QuizAvailabilityOf.Course(Course(inProgress: 4, canStart: true)));
        Assert.Equal(QuizAvailability.Start, QuizAvailabilityOf.Course(Course(canStart: true, certificate: "K7M2Q9XH4P")));
        Assert.Equal(QuizAvailability.Passed, QuizAvailabilityOf.Course(Course(certificate: "K7M2Q9XH4P")));
        Assert.Equal(QuizAvailability.NoAttemptsLeft, QuizAvailabilityOf.Course(Course(used: 3, limit: 3)));
        Assert.Equal(QuizAvailability.Closed, QuizAvailabilityOf.Course(Course()));
    }
}
