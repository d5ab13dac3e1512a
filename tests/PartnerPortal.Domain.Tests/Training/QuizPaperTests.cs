using System.Reflection;
using PartnerPortal.Domain.Training;

namespace PartnerPortal.Domain.Tests.Training;

public class QuizPaperTests
{
    [Fact]
    public void The_taker_sees_the_drawn_questions_and_options_in_the_drawn_order()
    {
        IReadOnlyList<AttemptQuestion> drawn = [new(4, [43, 41, 42]), new(3, [31, 32]), new(1, [12, 13, 11])];

        var paper = QuizPaper.ForTaker(drawn, QuizBank.Five);

        Assert.Equal([4, 3, 1], paper.Select(q => q.Id));
        Assert.Equal([QuestionKind.MultipleChoice, QuestionKind.TrueFalse, QuestionKind.SingleChoice], paper.Select(q => q.Kind));
        Assert.Equal("Question 4", paper[0].Text);
        Assert.Equal([43, 41, 42], paper[0].Options.Select(o => o.Id));
        Assert.Equal(["Option 43", "Option 41", "Option 42"], paper[0].Options.Select(o => o.Text));
        Assert.Equal([12, 13, 11], paper[2].Options.Select(o => o.Id));
    }

    [Fact]
    public void A_question_no_longer_in_the_bank_is_an_error_not_a_silent_gap()
    {
        Assert.Throws<ArgumentException>(() => QuizPaper.ForTaker([new AttemptQuestion(99, [1, 2])], QuizBank.Five));
    }

    [Fact]
    public void An_option_no_longer_in_the_question_is_an_error()
    {
        Assert.Throws<ArgumentException>(() => QuizPaper.ForTaker([new AttemptQuestion(1, [11, 12, 19])], QuizBank.Five));
    }

    [Theory]
    [InlineData(typeof(TakerQuestion))]
    [InlineData(typeof(TakerOption))]
    public void What_reaches_the_browser_has_no_correctness_member(Type type)
    {
        // DESIGN rule 8: correct answers never reach the browser before the attempt is submitted. Neither the type
        // nor any type it holds may carry a property or field that says which option is correct.
        foreach (var reachable in Reachable(type))
        {
            var members = reachable
                .GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .Select(p => p.Name)
                .Concat(reachable.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).Select(f => f.Name));
            Assert.DoesNotContain(members, name => name.Contains("Correct", StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void The_taker_types_hold_only_ids_kinds_and_texts()
    {
        Assert.Equal(["Id", "Kind", "Options", "Text"], typeof(TakerQuestion).GetProperties().Select(p => p.Name).Order());
        Assert.Equal(["Id", "Text"], typeof(TakerOption).GetProperties().Select(p => p.Name).Order());
    }

    /// <summary>The type and the types of its properties, through generic arguments, within the Domain assembly.</summary>
    private static IEnumerable<Type> Reachable(Type root)
    {
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>([root]);
        while (queue.Count > 0)
        {
            var type = queue.Dequeue();
            if (!seen.Add(type)) continue;
            foreach (var p in type.GetProperties()) Enqueue(queue, p.PropertyType);
        }
        return seen.Where(t => t.Assembly == typeof(TakerQuestion).Assembly);
    }

    private static void Enqueue(Queue<Type> queue, Type type)
    {
        queue.Enqueue(type);
        foreach (var argument in type.GetGenericArguments()) Enqueue(queue, argument);
    }
}
