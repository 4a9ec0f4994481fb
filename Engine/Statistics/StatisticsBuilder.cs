using Backtest.Data.Loading;
using Backtest.Data.Lean;
using Backtest.Engine.Backtesting;

namespace Backtest.Engine.Statistics;

/// <summary>
/// Turns a <see cref="BacktestResult"/> into LEAN's statistics (LEAN's StatisticsBuilder, SEMANTICS.md F.2-F.9): the
/// performance list P (daily-sample percent changes, first two dropped), the benchmark list B (relative changes of the
/// sampled benchmark, first dropped), the whole equity series, win/loss from the transaction records, the turnover
/// samples, the capacity estimate and the risk-free rate averaged over the equity keys' dates. Pure (its one memo only
/// saves repeated work); thread-safe.
/// </summary>
public static class StatisticsBuilder
{
    /// <summary>LEAN's fallback rate when no interest-rate file yields a value (annual fraction).</summary>
    public const double DefaultRiskFreeRateValue = DataSet.DefaultRiskFreeRate;

    // The benchmark list of the last benchmark series seen, keyed by the bits of its values. Every trial of a sweep
    // samples the same benchmark on the same days, and the list takes a System.Decimal division per changed sample
    // (~5 % of a W2 sweep), so it is computed once per sweep. An immutable pair swapped whole, so concurrent trials
    // read either the old or the new one; a series that differs in any value bit is computed afresh.
    private static BenchmarkMemo? s_benchmarkMemo;

    // The equity series copied into arrays for the calculator, reused by the next call on the thread when it has the
    // same length (every trial of a sweep does): at ~13,000 samples each is a large object, and allocating two per call
    // made the statistics of a sweep's trials churn the large-object heap (gen-2 collections, pages mapped and cleared).
    // Nothing outlives a call: the calculator returns values only. A call takes the arrays out of the slots and puts them
    // back when done, so a nested call on the thread (from the risk-free callback) gets its own.
    [ThreadStatic]
    private static DateTime[]? t_equityTimes;

    [ThreadStatic]
    private static double[]? t_equityValues;

    /// <summary>
    /// Builds the statistics. <paramref name="riskFreeRate"/> returns the annual rate (fraction) in force on a date; the
    /// rate used is its mean over the dates of every equity sample (F.3), so trading days, which carry intraday samples,
    /// weigh more than weekends. The starting capital is taken at its whole-dollar decimal scale when it is integral
    /// ("100000"), the end equity at scale 4 once anything was filled (LEAN's TPV then carries price decimals).
    /// </summary>
    public static LeanStatistics Build(BacktestResult result, Func<DateOnly, double> riskFreeRate)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(riskFreeRate);
        var equity = TimeSeriesView.Of(result.Equity);
        var equityTimes = Take(ref t_equityTimes, equity.Length);
        var equityValues = Take(ref t_equityValues, equity.Length);
        for (var i = 0; i < equity.Length; i++)
        {
            (equityTimes[i], equityValues[i]) = (equity[i].Time, equity[i].Value);
        }

        var input = new PortfolioStatisticsInput
        {
            Performance = PerformanceList(TimeSeriesView.Of(result.Performance)),
            Benchmark = BenchmarkList(TimeSeriesView.Of(result.Benchmark)),
            EquityTimes = equityTimes,
            EquityValues = equityValues,
            StartingCapital = (decimal)result.StartingCapital,
            RiskFreeRate = LeanSampleSeries.MeanRiskFreeRate(equityTimes, t => riskFreeRate(DateOnly.FromDateTime(t))),
            TradingDaysPerYear = result.TradingDaysPerYear,
            ClosedTradeProfits = result.TransactionRecords.Select(r => r.Profit).ToArray(),
            TurnoverSamples = Values(TimeSeriesView.Of(result.PortfolioTurnover)),
            EquityScale = result.OrderEvents.Any(e => e.IsFill) ? 4 : 0,
        };
        var statistics = PortfolioStatisticsCalculator.Compute(input);
        (t_equityTimes, t_equityValues) = (equityTimes, equityValues);
        var extras = new StatisticsSummaryExtras(
            result.TotalOrders,
            (decimal)result.TotalFees,
            result.EstimatedCapacity,
            result.LowestCapacityAsset);
        return new LeanStatistics(statistics, StatisticsFormatter.Format(statistics, extras), () => result.OrderHash);
    }

    /// <summary>
    /// LEAN's default risk-free model: the rates of <c>&lt;dataFolder&gt;/alternative/interest-rate/usa/interest-rate.csv</c>
    /// (percent in the file, returned as fractions, forward-filled; see <see cref="RiskFreeRateSeries"/>) when the file
    /// exists, else the constant <see cref="DefaultRiskFreeRateValue"/> (1%).
    /// </summary>
    /// <exception cref="Backtest.Data.Errors.DataException">The file exists but is invalid.</exception>
    public static Func<DateOnly, double> DefaultRiskFreeRate(string dataFolder)
        => DataSet.RiskFreeRateOf(dataFolder);

    /// <summary>B (<see cref="LeanSampleSeries.BenchmarkList"/>) of the sampled benchmark, taken from the memo when the
    /// last series seen had the same values. The list is shared with the memo: the statistics only read it.</summary>
    internal static double[] BenchmarkList(ReadOnlySpan<TimeSample> benchmark)
    {
        var memo = Volatile.Read(ref s_benchmarkMemo);
        if (memo is not null && memo.Matches(benchmark))
        {
            return memo.List;
        }

        // The values' bits key the memo and tell which samples repeat the one before.
        var bits = new long[benchmark.Length];
        for (var i = 0; i < bits.Length; i++)
        {
            bits[i] = BitConverter.DoubleToInt64Bits(benchmark[i].Value);
        }

        var list = LeanSampleSeries.BenchmarkList(BenchmarkDecimals(benchmark, bits));
        Volatile.Write(ref s_benchmarkMemo, new BenchmarkMemo(bits, list));
        return list;
    }

    /// <summary>The benchmark samples as decimals; a value equal to the one before (weekends, holidays) reuses its
    /// conversion.</summary>
    private static decimal[] BenchmarkDecimals(ReadOnlySpan<TimeSample> benchmark, long[] bits)
    {
        var values = new decimal[benchmark.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = i > 0 && bits[i] == bits[i - 1] ? values[i - 1] : (decimal)benchmark[i].Value;
        }

        return values;
    }

    /// <summary>The thread's cached array when it has <paramref name="length"/> items (the caller overwrites it), else a new
    /// one; the slot is left empty until the caller puts the array back.</summary>
    private static T[] Take<T>(ref T[]? cached, int length)
    {
        var array = cached is { } c && c.Length == length ? c : new T[length];
        cached = null;
        return array;
    }

    private static double[] Values(ReadOnlySpan<TimeSample> series)
    {
        var values = new double[series.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = series[i].Value;
        }

        return values;
    }

    /// <summary>P: the sampled percent changes as fractions, computed in decimal like LEAN, first two samples dropped.</summary>
    private static double[] PerformanceList(ReadOnlySpan<TimeSample> performance)
    {
        var result = new double[Math.Max(0, performance.Length - 2)];
        for (var i = 2; i < performance.Length; i++)
        {
            result[i - 2] = Backtesting.DecimalRounding.PercentToFraction(performance[i].Value);
        }

        return result;
    }

    private sealed class BenchmarkMemo(long[] bits, double[] list)
    {
        public double[] List { get; } = list;

        public bool Matches(ReadOnlySpan<TimeSample> benchmark)
        {
            if (benchmark.Length != bits.Length)
            {
                return false;
            }

            for (var i = 0; i < bits.Length; i++)
            {
                if (BitConverter.DoubleToInt64Bits(benchmark[i].Value) != bits[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
