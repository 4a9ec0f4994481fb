using System.Globalization;

namespace Backtest.Benchmarks.W1;

/// <summary>The outputs WORKLOADS.md asks of W1. Money in dollars; CAGR and drawdown as fractions; Sharpe annualised.</summary>
internal sealed record W1Outcome(double FinalEquity, int Trades, double Cagr, double MaxDrawdown, double Sharpe, int Days);

/// <summary>
/// A straightforward, engine-independent implementation of W1 exactly as ../shared/bench/WORKLOADS.md words it: it reads
/// the two CSV files itself, intersects their dates, and walks the days with plain arrays. Used only to check the engine.
/// </summary>
internal static class W1Reference
{
    private readonly record struct Row(double Open, double Close);

    public static W1Outcome Run(string folder, int threshold, double fee)
    {
        var iwm = Read(Path.Combine(folder, "IWM.csv"));
        var qqq = Read(Path.Combine(folder, "QQQ.csv"));
        var days = iwm.Keys.Where(qqq.ContainsKey).Where(d => d >= W1Data.First && d <= W1Data.Last).Order().ToArray();
        var n = days.Length;
        var assets = new[] { days.Select(d => iwm[d]).ToArray(), days.Select(d => qqq[d]).ToArray() };
        var equity = new double[n];
        double cash = 100_000, shares = 0;
        int held = -1, target = -1, streakSmall = 0, streakLarge = 0, trades = 0;
        for (var t = 0; t < n; t++)
        {
            if (t > 0 && target != held)
            {
                // The target changed at yesterday's close: sell at today's open, then buy with all cash.
                if (held >= 0)
                {
                    var value = shares * assets[held][t].Open;
                    cash += value - fee * value;
                    shares = 0;
                    trades++;
                }

                var open = assets[target][t].Open;
                shares = cash / (open * (1 + fee));
                cash -= shares * open + fee * shares * open;
                held = target;
                trades++;
            }

            equity[t] = cash + (held >= 0 ? shares * assets[held][t].Close : 0);
            if (t > 0)
            {
                var d = assets[0][t].Close / assets[0][t - 1].Close - assets[1][t].Close / assets[1][t - 1].Close;
                streakSmall = d > 0 ? streakSmall + 1 : 0;
                streakLarge = d < 0 ? streakLarge + 1 : 0;
                target = streakSmall >= threshold ? 0 : streakLarge >= threshold ? 1 : target;
            }
        }

        return Summarise(equity, trades, n);
    }

    private static W1Outcome Summarise(double[] equity, int trades, int days)
    {
        var final = equity[^1];
        var cagr = Math.Pow(final / 100_000, 365.25 / days) - 1;
        double peak = equity[0], maxDrawdown = 0;
        var returns = new double[equity.Length - 1];
        for (var i = 0; i < equity.Length; i++)
        {
            peak = Math.Max(peak, equity[i]);
            maxDrawdown = Math.Max(maxDrawdown, 1 - equity[i] / peak);
            if (i > 0)
            {
                returns[i - 1] = equity[i] / equity[i - 1] - 1;
            }
        }

        var mean = returns.Average();
        var variance = returns.Sum(r => (r - mean) * (r - mean)) / (returns.Length - 1);
        return new W1Outcome(final, trades, cagr, maxDrawdown, mean / Math.Sqrt(variance) * Math.Sqrt(252), days);
    }

    private static Dictionary<DateOnly, Row> Read(string path)
    {
        var rows = new Dictionary<DateOnly, Row>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var f = line.Split(',');
            var date = DateOnly.ParseExact(f[0], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            rows[date] = new Row(double.Parse(f[1], CultureInfo.InvariantCulture), double.Parse(f[4], CultureInfo.InvariantCulture));
        }

        return rows;
    }
}
