using Backtest.Optimizer.Search;

namespace Backtest.Optimizer.Tests.Search;

public sealed class SplitMix64Tests
{
    [Fact]
    public void NextUInt64_Seed1234567_MatchesReferenceSequence()
    {
        // Reference outputs of Vigna's splitmix64.c for seed 1234567 (the sequence quoted in its test vectors).
        var rng = new SplitMix64(1234567);

        Assert.Equal(
            [6457827717110365317UL, 3203168211198807973UL, 9817491932198370423UL, 4593380528125082431UL, 16408922859458223821UL],
            Enumerable.Range(0, 5).Select(_ => rng.NextUInt64()));
    }

    [Fact]
    public void NextBelow_SmallBound_CoversRangeRoughlyUniformly()
    {
        var rng = new SplitMix64(99);
        var counts = new int[6];
        for (var i = 0; i < 60_000; i++)
        {
            counts[rng.NextBelow(6)]++;
        }

        // Expected 10,000 each; 5 standard deviations of a binomial(60000, 1/6) is about 456.
        Assert.All(counts, c => Assert.InRange(c, 9_544, 10_456));
    }
}
