using System.Globalization;
using System.Text;
using Backtest.Optimizer.Running;
using Backtest.Optimizer.WalkForward;
using Backtest.Report.Sweep;

namespace Backtest.Launcher.Sweep;

/// <summary>
/// The walk-forward's stitched out-of-sample equity with dates. Each window that ran out of sample contributes its
/// out-of-sample trial's equity, as growth of 1, scaled to start where the previous window ended: a start point (the
/// trial's first day, before any return) and one point per daily return. The returns sit on the last days of the
/// window's out-of-sample part, so no in-sample day can carry a point. Exported as walk-forward-equity.csv.
/// </summary>
internal static class WalkForwardCurve
{
    /// <summary>The export's file name inside the sweep folder.</summary>
    public const string FileName = "walk-forward-equity.csv";

    /// <param name="periods">The time axis the windows index into (the walk-forward period's trading days).</param>
    /// <returns>Points in window order, dates strictly increasing; empty when no window ran out of sample.</returns>
    /// <exception cref="InvalidOperationException">A window has more out-of-sample returns than out-of-sample days
    /// after its first (a programming error).</exception>
    public static StitchedPoint[] Build(WalkForwardResult result, IReadOnlyList<DateOnly> periods)
    {
        var points = new List<StitchedPoint>();
        var level = 1d;
        foreach (var window in result.Windows)
        {
            if (window.OutOfSample is not { Status: TrialStatus.Finished } trial)
            {
                continue;
            }

            var returns = trial.DailyReturns;
            var w = window.Window;
            if (returns.Count > w.OutOfSampleLast - w.OutOfSampleFirst)
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                    $"window {w.Number} has {returns.Count} out-of-sample returns for {w.OutOfSampleLast - w.OutOfSampleFirst + 1} days"));
            }

            var first = w.OutOfSampleLast - returns.Count;
            points.Add(new StitchedPoint(periods[first], w.Number, level));
            for (var i = 0; i < returns.Count; i++)
            {
                level *= 1d + returns[i];
                points.Add(new StitchedPoint(periods[first + 1 + i], w.Number, level));
            }
        }

        return [.. points];
    }

    /// <summary>
    /// Writes date,equity,window and one column per swept parameter (the values the window's in-sample search chose)
    /// in <paramref name="names"/>' order; round-trip invariant numbers, "\n" line ends, fields quoted only when they
    /// hold a comma, quote or line break. Written beside the target and renamed, so an interrupted export never leaves
    /// half a file. The same points give the same bytes.
    /// </summary>
    public static string Write(IReadOnlyList<StitchedPoint> points, WalkForwardResult result, IReadOnlyList<string> names, string folder)
    {
        var chosen = result.Windows.Where(w => w.InSampleBest is not null).ToDictionary(w => w.Window.Number, w => w.InSampleBest!);
        var text = new StringBuilder("date,equity,window");
        foreach (var name in names)
        {
            text.Append(',').Append(Field(name));
        }

        text.Append('\n');
        foreach (var p in points)
        {
            text.Append(string.Create(CultureInfo.InvariantCulture, $"{p.Date:yyyy-MM-dd},{p.Equity:R},{p.Window}"));
            var parameters = chosen[p.Window];
            foreach (var name in names)
            {
                text.Append(',').Append(Field(parameters.Get(name)));
            }

            text.Append('\n');
        }

        var path = Path.Combine(folder, FileName);
        AtomicFile.Write(path, new UTF8Encoding(false).GetBytes(text.ToString()));
        return path;
    }

    private static string Field(string text) => text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
