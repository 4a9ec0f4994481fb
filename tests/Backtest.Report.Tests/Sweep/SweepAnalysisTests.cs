using Backtest.Report.Sweep;
using Backtest.Report.Tests.Fixtures;

namespace Backtest.Report.Tests.Sweep;

public sealed class SweepAnalysisTests
{
    [Fact]
    public void Heat_SeveralTrialsPerCell_AveragesEachCellsScoredTargetsInTrialOrder()
    {
        // The fixture's grid (one trial per cell, the last failed) plus a second and a third trial in most cells with other
        // targets, one of them not finite: each cell must average exactly the finite targets of its finished trials.
        var input = SweepFixture.Create();
        var extra = input.Trials.Where(t => t.Finished)
            .SelectMany(t => new[]
            {
                t with { Number = t.Number + 100, Target = (t.Target * 3) + 0.1 },
                t with { Number = t.Number + 200, Target = t.Number % 4 == 0 ? double.NaN : t.Target - 0.37 },
            })
            .ToList();
        var trials = input.Trials.Concat(extra).ToList();
        var analysis = SweepAnalysis.Of(input with { Trials = trials });

        var heat = analysis.Heat("Lookback", "Weight");

        Assert.Equal(SweepFixture.Lookbacks, heat.XValues);
        Assert.Equal(SweepFixture.Weights, heat.YValues);
        var expected = new List<(int X, int Y, double Mean, int Count)>();
        for (var i = 0; i < heat.XValues.Count; i++)
        {
            for (var j = 0; j < heat.YValues.Count; j++)
            {
                var targets = trials
                    .Where(t => t.Finished && t.Target is { } v && double.IsFinite(v)
                        && t.Parameters[0].Value == heat.XValues[i] && t.Parameters[1].Value == heat.YValues[j])
                    .Select(t => t.Target!.Value)
                    .ToList();
                if (targets.Count > 0)
                {
                    var sum = 0.0;
                    targets.ForEach(v => sum += v);
                    expected.Add((i, j, sum / targets.Count, targets.Count));
                }
            }
        }

        Assert.Equal(expected.Count, heat.Cells.Count);
        Assert.Equal(11, expected.Count);   // 12 cells, the failed trial's alone has no score
        Assert.Contains(expected, e => e.Count == 2);
        Assert.Contains(expected, e => e.Count == 3);
        for (var k = 0; k < expected.Count; k++)
        {
            var cell = heat.Cells[k];
            Assert.Equal((expected[k].X, expected[k].Y, expected[k].Count), (cell.X, cell.Y, cell.Count));
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected[k].Mean), BitConverter.DoubleToInt64Bits(cell.Mean));
        }
    }
}
