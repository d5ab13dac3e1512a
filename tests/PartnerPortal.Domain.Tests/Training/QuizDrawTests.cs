using PartnerPortal.Domain.Training;

namespace PartnerPortal.Domain.Tests.Training;

public class QuizDrawTests
{
    [Fact]
    public void Draws_the_questions_and_option_orders_the_random_numbers_pick()
    {
        // Questions: a partial Fisher–Yates over [1 2 3 4 5]:
        //   Next(0,5)=3 swaps positions 0 and 3 → [4 2 3 1 5]
        //   Next(1,5)=4 swaps positions 1 and 4 → [4 5 3 1 2]
        //   Next(2,5)=2 keeps position 2        → [4 5 3 1 2]; the first three are drawn: 4, 5, 3.
        // Options, each question in turn, a Fisher–Yates from the last position down:
        //   Q4 [41 42 43]: Next(3)=0 swaps 2 and 0 → [43 42 41]; Next(2)=1 keeps → [43 42 41]
        //   Q5 [51 52]:    Next(2)=0 swaps 1 and 0 → [52 51]
        //   Q3 is true/false: its options keep their order and use no random number.
        var random = new ScriptedRandom(3, 4, 2, 0, 1, 0);

        var drawn = QuizDraw.Draw(QuizBank.Five, 3, random);

        Assert.Equal([4, 5, 3], drawn.Select(q => q.QuestionId));
        Assert.Equal([43, 42, 41], drawn[0].OptionIds);
        Assert.Equal([52, 51], drawn[1].OptionIds);
        Assert.Equal([31, 32], drawn[2].OptionIds);
        Assert.Equal([(0, 5), (1, 5), (2, 5), (0, 3), (0, 2), (0, 2)], random.Calls);
        Assert.Equal(0, random.Left);
    }

    [Fact]
    public void Drawing_the_whole_bank_shuffles_the_question_order()
    {
        // [1 2 3 4 5] → Next(0,5)=4 → [5 2 3 4 1] → Next(1,5)=1 → same → Next(2,5)=4 → [5 2 1 4 3]
        // → Next(3,5)=3 → same → Next(4,5)=4 → same. Then options:
        //   Q5 [51 52]: Next(2)=1 keeps → [51 52]
        //   Q2 [21 22 23 24]: Next(4)=1 swaps 3,1 → [21 24 23 22]; Next(3)=2 keeps; Next(2)=0 swaps 1,0 → [24 21 23 22]
        //   Q1 [11 12 13]: Next(3)=1 swaps 2,1 → [11 13 12]; Next(2)=1 keeps → [11 13 12]
        //   Q4 [41 42 43]: Next(3)=2 keeps; Next(2)=0 → [42 41 43]
        //   Q3: true/false, kept.
        var random = new ScriptedRandom(4, 1, 4, 3, 4, 1, 1, 2, 0, 1, 1, 2, 0);

        var drawn = QuizDraw.Draw(QuizBank.Five, 5, random);

        Assert.Equal([5, 2, 1, 4, 3], drawn.Select(q => q.QuestionId));
        Assert.Equal([51, 52], drawn[0].OptionIds);
        Assert.Equal([24, 21, 23, 22], drawn[1].OptionIds);
        Assert.Equal([11, 13, 12], drawn[2].OptionIds);
        Assert.Equal([42, 41, 43], drawn[3].OptionIds);
        Assert.Equal([31, 32], drawn[4].OptionIds);
        Assert.Equal(0, random.Left);
    }

    [Fact]
    public void The_bank_passed_in_is_not_reordered()
    {
        var bank = QuizBank.Five.ToList();

        QuizDraw.Draw(bank, 5, new Random(7));

        Assert.Equal([1, 2, 3, 4, 5], bank.Select(q => q.Id));
        Assert.Equal([11, 12, 13], bank[0].Options.Select(o => o.Id));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(42)]
    [InlineData(2026)]
    public void The_same_seed_draws_the_same_attempt(int seed)
    {
        var first = QuizDraw.Draw(QuizBank.Five, 3, new Random(seed));
        var second = QuizDraw.Draw(QuizBank.Five, 3, new Random(seed));

        Assert.Equal(Flatten(first), Flatten(second));
    }

    [Fact]
    public void Every_draw_holds_distinct_bank_questions_each_with_all_of_its_options()
    {
        for (var seed = 0; seed < 200; seed++)
        {
            var drawn = QuizDraw.Draw(QuizBank.Five, 3, new Random(seed));

            Assert.Equal(3, drawn.Count);
            Assert.Equal(3, drawn.Select(q => q.QuestionId).Distinct().Count());
            foreach (var q in drawn)
            {
                var inBank = QuizBank.Five.Single(b => b.Id == q.QuestionId);
                Assert.Equal(inBank.Options.Select(o => o.Id).Order(), q.OptionIds.Order());
            }
        }
    }

    [Fact]
    public void Over_many_seeds_every_question_is_drawn_and_every_option_order_occurs()
    {
        var questionsSeen = new HashSet<int>();
        var singleOrders = new HashSet<string>();
        for (var seed = 0; seed < 300; seed++)
        {
            var drawn = QuizDraw.Draw(QuizBank.Five, 2, new Random(seed));
            questionsSeen.UnionWith(drawn.Select(q => q.QuestionId));
            foreach (var q in drawn.Where(q => q.QuestionId == 1)) singleOrders.Add(string.Join(' ', q.OptionIds));
        }

        Assert.Equal([1, 2, 3, 4, 5], questionsSeen.Order());
        Assert.Equal(6, singleOrders.Count);   // 3! orders of [11 12 13]
    }

    [Fact]
    public void True_false_options_are_never_shuffled()
    {
        for (var seed = 0; seed < 50; seed++)
        {
            var drawn = QuizDraw.Draw([QuizBank.TrueFalse3], 1, new Random(seed));

            Assert.Equal([31, 32], Assert.Single(drawn).OptionIds);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Drawing_fewer_than_one_question_is_refused(int count)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => QuizDraw.Draw(QuizBank.Five, count, new Random(1)));
    }

    [Fact]
    public void Drawing_more_questions_than_the_bank_holds_is_refused()
    {
        Assert.Throws<ArgumentException>(() => QuizDraw.Draw(QuizBank.Five, 6, new Random(1)));
    }

    private static string[] Flatten(IReadOnlyList<AttemptQuestion> drawn) =>
        drawn.Select(q => $"{q.QuestionId}:{string.Join(',', q.OptionIds)}").ToArray();
}
