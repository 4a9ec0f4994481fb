using Backtest.Data.Frames;
using Backtest.Data.Model;

namespace Backtest.Data.Tests.Frames;

/// <summary>A frame's time-major records (what the engine's time step reads) against each symbol's own ScaledBars.</summary>
public sealed class TimeMajorBarsTests
{
    [Fact]
    public void ScaledRows_300SymbolsOver2000Periods_EqualEachSymbolsScaledBarsInEveryChunk()
    {
        // 600,000 records: more than one chunk (at most 2^19 records each), so the chunk arithmetic is exercised. Every
        // third symbol has only adjusted prices (its raw modes must be NaN), every fifth misses a run of periods.
        var index = Daily(2000);
        var random = new Random(20261205);
        var columns = Enumerable.Range(0, 300).Select(s => RandomColumns($"S{s:D3}", index, random, adjustedOnly: s % 3 == 0, missing: s % 5 == 0)).ToArray();
        var frame = new BarFrame(index, columns, "test");

        foreach (var mode in Enum.GetValues<DataNormalizationMode>())
        {
            var rows = frame.ScaledRows(mode);
            Assert.Same(rows, frame.ScaledRows(mode));
            Assert.Equal(300, rows.Width);
            Assert.Equal(2000, rows.Periods);
            Assert.True(rows.Chunks.Length >= 2, $"{rows.Chunks.Length} chunk(s)");
            Assert.Equal(rows.Periods * rows.Width, rows.Chunks.Sum(c => (long)c.Length));
            Assert.All(rows.Chunks[..^1], c => Assert.Equal((1 << rows.Shift) * rows.Width, c.Length));
            for (var p = 0; p < frame.Symbols.Count; p++)
            {
                var symbol = frame.Symbols[p];
                var supported = mode == DataNormalizationMode.Adjusted || symbol.Source.PricesAreRaw;
                var own = supported ? symbol.ScaledBars(mode) : null;
                for (var i = 0; i < rows.Periods; i++)
                {
                    var record = rows.At(i, p);
                    var ok = own is null ? double.IsNaN(record.Open) && double.IsNaN(record.Close) && double.IsNaN(record.Volume) : Same(own[i], record);
                    Assert.True(ok, $"{mode} {symbol.Symbol} period {i}: {record} against {(own is null ? "NaN" : own[i].ToString())}");
                }
            }
        }
    }

    [Fact]
    public void ScaledRows_PositionsFollowTheFramesTickerOrder()
    {
        var index = Daily(10);
        var random = new Random(7);
        // Given out of order: the frame sorts by ticker, and the rows follow the frame's positions.
        var frame = new BarFrame(index, [RandomColumns("ZZZ", index, random), RandomColumns("AAA", index, random), RandomColumns("MMM", index, random)], "test");
        var rows = frame.ScaledRows(DataNormalizationMode.Raw);

        foreach (var ticker in new[] { "AAA", "MMM", "ZZZ" })
        {
            var p = frame.PositionOf(Symbol.Create(ticker));
            Assert.Equal(ticker, frame.Symbols[p].Symbol.Value);
            for (var i = 0; i < index.Count; i++)
            {
                Assert.Equal(frame.Symbols[p].Close[i], rows.At(i, p).Close);
            }
        }

        Assert.Equal(-1, frame.PositionOf(Symbol.Create("QQQ")));
        Assert.Throws<ArgumentOutOfRangeException>(() => rows.At(index.Count, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => rows.At(0, 3));
    }

    private static bool Same(ScaledPrices a, ScaledPrices b) =>
        Bits(a.Open) == Bits(b.Open) && Bits(a.High) == Bits(b.High) && Bits(a.Low) == Bits(b.Low) && Bits(a.Close) == Bits(b.Close) && Bits(a.Volume) == Bits(b.Volume);

    private static long Bits(double x) => BitConverter.DoubleToInt64Bits(x);

    private static TimeIndex Daily(int periods)
    {
        var first = new DateTime(2000, 1, 3);
        var starts = Enumerable.Range(0, periods).Select(i => first.AddDays(i).AddHours(9.5)).ToArray();
        return new TimeIndex(Resolution.Daily, starts, starts.Select(s => s.AddHours(6.5)).ToArray());
    }

    private static SymbolColumns RandomColumns(string ticker, TimeIndex index, Random random, bool adjustedOnly = false, bool missing = false)
    {
        var n = index.Count;
        var (o, h, l, c, v) = (new double[n], new double[n], new double[n], new double[n], new double[n]);
        var presence = new BarPresence[n];
        for (var i = 0; i < n; i++)
        {
            c[i] = 10 + (random.NextDouble() * 90);
            o[i] = c[i] * (0.98 + (random.NextDouble() * 0.04));
            h[i] = Math.Max(o[i], c[i]) * 1.01;
            l[i] = Math.Min(o[i], c[i]) * 0.99;
            v[i] = Math.Round(random.NextDouble() * 1e7);
            if (missing && i % 97 is >= 10 and < 14)
            {
                presence[i] = BarPresence.Missing;
                o[i] = h[i] = l[i] = c[i] = v[i] = double.NaN;
            }
        }

        var source = new SourceInfo("test:" + ticker, "test", PricesAreRaw: !adjustedOnly, IsSynthetic: true);
        return new SymbolColumns(Symbol.Create(ticker), index, o, h, l, c, v, presence, source);
    }
}
