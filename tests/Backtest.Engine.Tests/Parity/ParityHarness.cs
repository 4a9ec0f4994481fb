using System.Text;
using Backtest.Data.Calendar;
using Backtest.Data.Lean;
using Backtest.Data.Loading;
using Backtest.Data.Model;
using Backtest.Data.Validation;
using Backtest.Engine.Algorithm;
using Backtest.Engine.Backtesting;
using Backtest.Engine.Statistics;
using Backtest.Testing;

namespace Backtest.Engine.Tests.Parity;

/// <summary>
/// Runs a LEAN regression case the way LEAN does on its own data folder (../shared/data/lean): the production LEAN
/// loader and the LEAN market-hours calendar, the internal hourly SPY benchmark feed from the previous trading day's
/// session start (SEMANTICS.md A.5), delisting dates from the map files, the default risk-free model
/// (interest-rate.csv), then compares every expected statistic string except OrderListHash.
/// </summary>
internal static class ParityHarness
{
    /// <summary>The one LEAN key we never compare: an MD5 of LEAN's JSON serialisation of its orders (CASES.md).</summary>
    public const string OrderListHash = "OrderListHash";

    /// <summary>LEAN's feed drops hour bars outside the regular session (13:00 bars on early-close days) for subscriptions
    /// without extended market hours, the internal benchmark feed included; gaps in LEAN files are normal.</summary>
    private static readonly ValidationOptions LeanFeed = new(new HashSet<ValidationCheck>
    {
        ValidationCheck.MissingTradingDays,
        ValidationCheck.OutsideRegularSession,
    });

    /// <summary>Runs <paramref name="algorithm"/> (which also declares its case) and returns the run and its statistics;
    /// skips the test when the shared data folder is absent.</summary>
    public static (BacktestResult Result, LeanStatistics Statistics) Run<T>(T algorithm)
        where T : QCAlgorithm, IRegressionCase
    {
        var root = SharedData.LeanDataFolder;
        if (root is null)
        {
            Assert.Skip(SharedData.MissingReason);
        }

        var calendar = MarketHoursDatabaseReader.Read(Path.Combine(root, "market-hours", "market-hours-database.json"));
        var frame = FrameLoader.FromLean(root, algorithm.Tickers, algorithm.Resolution, algorithm.DataStart, algorithm.DataEnd, calendar, LeanFeed);
        var benchmarkStart = calendar.PreviousTradingDay(algorithm.DataStart);
        var benchmark = FrameLoader.FromLean(root, ["SPY"], Resolution.Hour, benchmarkStart, algorithm.DataEnd, calendar, LeanFeed).Symbols[0];
        var options = new BacktestOptions { Benchmark = benchmark, DelistingDates = DelistingDates(root, algorithm.Tickers) };
        var result = new BacktestEngine(frame, calendar, options).Run(algorithm);
        return (result, StatisticsBuilder.Build(result, StatisticsBuilder.DefaultRiskFreeRate(root)));
    }

    /// <summary>
    /// Compares every expected key except OrderListHash and the case's known differences; fails with one line per
    /// mismatch (expected vs actual) and a line per known difference that now matches.
    /// </summary>
    public static void AssertMatches(IRegressionCase expected, LeanStatistics actual)
    {
        var problems = new StringBuilder();
        foreach (var (key, value) in expected.ExpectedStatistics)
        {
            if (key == OrderListHash)
            {
                continue;
            }

            var got = actual[key];
            var known = expected.KnownDifferences.ContainsKey(key);
            if (!known && got != value)
            {
                problems.AppendLine($"  {key}: expected \"{value}\", got \"{got}\"");
            }
            else if (known && got == value)
            {
                problems.AppendLine($"  {key}: listed as a known difference but now matches \"{value}\"; remove it from the list");
            }
        }

        foreach (var (key, _) in actual.Summary)
        {
            if (!expected.ExpectedStatistics.ContainsKey(key))
            {
                problems.AppendLine($"  {key}: produced but not expected");
            }
        }

        Assert.True(problems.Length == 0, $"{expected.GetType().Name} differs from LEAN:{Environment.NewLine}{problems}");
    }

    private static Dictionary<Symbol, DateOnly> DelistingDates(string root, IReadOnlyList<string> tickers)
    {
        var result = new Dictionary<Symbol, DateOnly>();
        foreach (var ticker in tickers)
        {
            var path = Path.Combine(root, "equity", "usa", "map_files", ticker.ToLowerInvariant() + ".csv");
            if (File.Exists(path) && MapFileReader.Read(path).DelistingDate is { } date)
            {
                result[Symbol.Create(ticker)] = date;
            }
        }

        return result;
    }
}
