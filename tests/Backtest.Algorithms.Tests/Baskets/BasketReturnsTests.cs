using Backtest.Algorithms.Baskets;
using Backtest.Data.Model;

namespace Backtest.Algorithms.Tests.Baskets;

public sealed class BasketReturnsTests
{
    private const double X = double.NaN;

    [Fact]
    public void Compute_MembersJoiningAndMissing_RenormalisesOverHeldMembers()
    {
        double[] a = [100, 110, 99, 99, X, 120];
        double[] b = [X, 50, 55, 44, 44, 44];
        var frame = FrameFixture.Build(("A", a), ("B", b));
        var basket = new Basket("AB", [new(Symbol.Create("A"), 3), new(Symbol.Create("B"), 1)]);

        var r = BasketReturns.Compute(frame, basket);

        // Hand-computed: day1 only A held (B lists on day 1): 0.1. Day2 A -10% (w3), B +10% (w1): (-0.3+0.1)/4.
        // Day3 A 0%, B -20%: -0.05. Day4 A has no bar: B 0%. Day5 A was not held at day 4 (no bar): B 0%.
        double[] expected = [X, 0.1, -0.05, -0.05, 0.0, 0.0];
        Assert.Equal(expected.Length, r.Length);
        for (var i = 0; i < r.Length; i++)
        {
            Assert.Equal(expected[i], r[i], 12);
        }
    }

    [Fact]
    public void Compute_EqualWeights_MatchesIndependentMeanOfMemberReturns()
    {
        var rng = new Random(7);
        var n = 50;
        var series = Enumerable.Range(0, 3).Select(_ =>
        {
            var p = new double[n];
            p[0] = 100;
            for (var i = 1; i < n; i++)
            {
                p[i] = p[i - 1] * (1 + ((rng.NextDouble() - 0.5) * 0.04));
            }

            return p;
        }).ToArray();
        var frame = FrameFixture.Build(("A", series[0]), ("B", series[1]), ("C", series[2]));

        var r = BasketReturns.Compute(frame, Basket.FromConfig("ABC", ["A", "B", "C"], "$"));

        for (var i = 1; i < n; i++)
        {
            var expected = series.Average(p => (p[i] / p[i - 1]) - 1);
            Assert.Equal(expected, r[i], 12);
        }
    }
}
