using System.Globalization;
using System.Text;
using Backtest.Algorithms.Strategies;
using Backtest.Data.Calendar;
using Backtest.Data.Csv;
using Backtest.Data.Loading;
using Backtest.Data.Model;
using Backtest.Testing;

namespace Backtest.Algorithms.Tests.Strategies;

/// <summary>
/// Workload W1 of ../shared/bench/WORKLOADS.md expressed as StreakRotation must equal the workload's definition,
/// computed here independently, straight from the CSV files.
/// </summary>
public sealed class StreakRotationWorkloadTests
{
    private const double Fee = 0.0005;
    private static readonly DateOnly First = new(2001, 1, 2);
    private static readonly DateOnly Last = new(2026, 6, 12);

    /// <summary>WORKLOADS.md W1 demands every threshold N = 1..100; data and the reference's row alignment are built once.</summary>
    [Fact]
    public void Run_W1SettingsEveryThresholdFrom1To100_FinalEquityAndTradesEqualTheWorkloadDefinition()
    {
        var folder = SharedData.PathOf("data", "market", "daily");
        if (folder is null)
        {
            Assert.Skip(SharedData.MissingReason);
        }

        var calendar = UsEquityCalendarRules.Build(1999, 2027);
        var frame = FrameLoader.FromCsvFolder(folder, ["IWM", "QQQ"], First, Last, calendar);
        var data = new DataSet(calendar, frame, null, _ => 0, new Dictionary<string, RateSeries>());
        var iwm = CsvBarReader.Read(Path.Combine(folder, "IWM.csv"));
        var qqq = CsvBarReader.Read(Path.Combine(folder, "QQQ.csv"));
        var rows = CommonRows(iwm, qqq);
        Assert.Equal(6399, rows.Length);

        var mismatches = new StringBuilder();
        for (var n = 1; n <= 100; n++)
        {
            var result = StrategyRun.Backtest(data, new StreakRotation(), Settings(n));
            var (equity, trades) = Reference(iwm, qqq, rows, n);
            var fills = result.OrderEvents.Count(e => e.IsFill);
            if (fills != trades || Math.Abs(result.EndEquity - equity) > equity * 1e-9)
            {
                mismatches.AppendLine(CultureInfo.InvariantCulture, $"  N={n}: equity {result.EndEquity} vs {equity}, fills {fills} vs {trades}");
            }
        }

        Assert.True(mismatches.Length == 0, "StreakRotation differs from W1:" + Environment.NewLine + mismatches);
    }

    private static Dictionary<string, string> Settings(int n) => new()
    {
        ["Threshold"] = n.ToString(CultureInfo.InvariantCulture), ["IwmWeight"] = "1", ["FeeBps"] = "5",
        ["FractionalShares"] = "true", ["SizeAtFillPrice"] = "true", ["CashBufferPercent"] = "0", ["CashAccount"] = "true",
    };

    /// <summary>Row indices (IWM, QQQ) of the dates both files have inside the W1 window, in date order.</summary>
    private static (int I, int Q)[] CommonRows(CsvBarSeries iwm, CsvBarSeries qqq)
    {
        var q = qqq.Dates.Select((d, i) => (d, i)).ToDictionary(x => x.d, x => x.i);
        return [.. iwm.Dates.Select((d, i) => (d, i)).Where(x => x.d >= First && x.d <= Last && q.ContainsKey(x.d)).Select(x => (x.i, q[x.d]))];
    }

    /// <summary>WORKLOADS.md W1, literally, over <paramref name="rows"/>: returns final equity and trades (each buy and each sell).</summary>
    private static (double Equity, int Trades) Reference(CsvBarSeries iwm, CsvBarSeries qqq, (int I, int Q)[] rows, int n)
    {
        double cash = 100_000, shares = 0;
        string? held = null, target = null;
        int sI = 0, sQ = 0, trades = 0;
        for (var t = 0; t < rows.Length; t++)
        {
            if (t > 0 && target != held)
            {
                // Trade at the open of t for a target set at the close of t-1.
                if (held is not null)
                {
                    var sellOpen = Open(held, rows[t]);
                    cash += shares * sellOpen * (1 - Fee);
                    shares = 0;
                    trades++;
                }

                var buyOpen = Open(target!, rows[t]);
                shares = cash / (buyOpen * (1 + Fee));
                cash -= shares * buyOpen * (1 + Fee);
                trades++;
                held = target;
            }

            if (t == 0)
            {
                continue;
            }

            var d = (iwm.Close[rows[t].I] / iwm.Close[rows[t - 1].I]) - (qqq.Close[rows[t].Q] / qqq.Close[rows[t - 1].Q]);
            (sI, sQ) = d > 0 ? (sI + 1, 0) : d < 0 ? (0, sQ + 1) : (0, 0);
            target = sI >= n ? "IWM" : sQ >= n ? "QQQ" : target;
        }

        var last = rows[^1];
        var close = held is null ? 0 : held == "IWM" ? iwm.Close[last.I] : qqq.Close[last.Q];
        return (cash + (shares * close), trades);

        double Open(string ticker, (int I, int Q) row) => ticker == "IWM" ? iwm.Open[row.I] : qqq.Open[row.Q];
    }
}
