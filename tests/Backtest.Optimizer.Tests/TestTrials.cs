using System.Globalization;
using Backtest.Optimizer.Objectives;
using Backtest.Optimizer.Parameters;
using Backtest.Optimizer.Running;
using Backtest.Optimizer.Store;

namespace Backtest.Optimizer.Tests;

/// <summary>Trial functions with known answers, shared by the runner, store and search tests.</summary>
internal static class TestTrials
{
    public static readonly SweepIdentity Identity = new("data-v1", "Quadratic", "1.0", "0.1.0");

    public static readonly Objective MaxScore = new("Sharpe Ratio", Extremum.Max, []);

    /// <summary>-(x - 3.37)^2 - (y - 1.5)^2: the optimum is x = 3.37, y = 1.5 (score 0).</summary>
    public static decimal Quadratic(TrialParameters p)
    {
        var x = p.GetDecimal("x") - 3.37m;
        var y = p.Values.Any(v => v.Name == "y") ? p.GetDecimal("y") - 1.5m : 0m;
        return -(x * x) - (y * y);
    }

    /// <summary>Statistics "Sharpe Ratio" = the quadratic score, plus a percent statistic and a return series.</summary>
    public static TrialOutcome QuadraticOutcome(TrialParameters p, CancellationToken token)
    {
        var score = Quadratic(p);
        var statistics = new Dictionary<string, string>
        {
            ["Sharpe Ratio"] = score.ToString(CultureInfo.InvariantCulture),
            ["Drawdown"] = (p.GetDecimal("x") * 10m).ToString("0.000", CultureInfo.InvariantCulture) + "%",
        };
        var returns = Enumerable.Range(0, 5).Select(i => (double)score / 1000d + (i * 0.001)).ToArray();
        return new TrialOutcome(statistics, returns);
    }

    public static ParameterSpace XY() => new([
        ParameterSpec.Range("x", 0m, 10m, 0.5m),
        ParameterSpec.Range("y", 0m, 3m, 0.25m),
    ]);
}
