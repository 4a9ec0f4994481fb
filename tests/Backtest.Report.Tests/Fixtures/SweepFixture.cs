using System.Globalization;
using Backtest.Report.Sweep;

namespace Backtest.Report.Tests.Fixtures;

/// <summary>
/// A synthetic sweep over Lookback (10, 20, 30) and, unless single, Weight (0.25 .. 1): seeded daily returns per trial,
/// statistics computed here from those returns, one trial rejected by a constraint (<see cref="RejectedNumber"/>), the last trial failed, and tear-sheet
/// links for the top three. Tests compare the page against this fixture's own values.
/// </summary>
internal static class SweepFixture
{
    public static readonly string[] Lookbacks = ["10", "20", "30"];
    public static readonly string[] Weights = ["0.25", "0.5", "0.75", "1"];

    /// <summary>The finished trial that gets no rank, as if it missed a constraint.</summary>
    public static int RejectedNumber(bool single) => single ? 2 : 5;

    public static SweepReportInput Create(bool single = false, bool noneAccepted = false)
    {
        var weights = single ? ["0.5"] : Weights;
        var trials = new List<SweepReportTrial>();
        var number = 0;
        foreach (var lookback in Lookbacks)
        {
            foreach (var weight in weights)
            {
                number++;
                trials.Add(Trial(number, lookback, weight));
            }
        }

        trials[^1] = trials[^1] with { Finished = false, Error = "System.InvalidOperationException: boom", Statistics = new Dictionary<string, string>(), Target = null, DailyReturns = [] };
        var rejected = RejectedNumber(single);
        var ranked = trials.Where(t => t.Finished && t.Number != rejected && !noneAccepted).OrderByDescending(t => t.Target).ThenBy(t => t.Number).ToArray();
        for (var i = 0; i < trials.Count; i++)
        {
            var rank = Array.FindIndex(ranked, t => t.Number == trials[i].Number);
            trials[i] = trials[i] with
            {
                Rank = rank < 0 ? null : rank + 1,
                TearSheet = rank is >= 0 and < 3 ? $"trials/trial-{trials[i].Number:0000}/tearsheet.html" : null,
            };
        }

        var diagnostics = new SweepReportDiagnostics(
            trials.Count, trials.Count - 1, 1,
            new SweepFigure(0.81234, "daily Sharpe 0.05 vs expected maximum 0.03 of 11 trials"),
            SweepFigure.NotAvailable("needs two trials with equal-length returns"),
            noneAccepted ? null : ["Lookback"],
            noneAccepted ? "no best trial" : "widen the range",
            SweepFigure.NotAvailable("not a walk-forward sweep"));
        return new SweepReportInput("FixtureRotation", "Sharpe Ratio", true, single ? ["Lookback"] : ["Lookback", "Weight"], trials, diagnostics,
            [new("Search", "grid"), new("Sweep folder", "results/sweep-x")]);
    }

    private static SweepReportTrial Trial(int number, string lookback, string weight)
    {
        var rng = new Random(number * 7919);
        var drift = 0.0002 * double.Parse(weight, CultureInfo.InvariantCulture) * (1 + (int.Parse(lookback, CultureInfo.InvariantCulture) / 10 % 3));
        var returns = Enumerable.Range(0, 300).Select(_ => drift + ((rng.NextDouble() - 0.5) * 0.02)).ToArray();
        var mean = returns.Average();
        var sd = Math.Sqrt(returns.Sum(r => (r - mean) * (r - mean)) / (returns.Length - 1));
        var sharpe = Math.Round(mean / sd * Math.Sqrt(252), 3);
        var growth = returns.Aggregate(1.0, (g, r) => g * (1 + r));
        var statistics = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Sharpe Ratio"] = sharpe.ToString("0.000", CultureInfo.InvariantCulture),
            ["Net Profit"] = ((growth - 1) * 100).ToString("0.000", CultureInfo.InvariantCulture) + "%",
            ["Drawdown"] = (number % 5 * 2.5).ToString("0.0", CultureInfo.InvariantCulture) + "%",
            ["Total Orders"] = (number * 3).ToString(CultureInfo.InvariantCulture),
        };
        return new SweepReportTrial(number, null, [new("Lookback", lookback), new("Weight", weight)], true, null, statistics, sharpe, returns);
    }
}
