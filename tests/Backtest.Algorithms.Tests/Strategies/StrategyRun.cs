using Backtest.Data.Loading;
using Backtest.Data.Model;
using Backtest.Engine.Algorithm;
using Backtest.Engine.Backtesting;
using Backtest.Engine.Parameters;
using Backtest.Engine.Statistics;
using Backtest.Testing;

namespace Backtest.Algorithms.Tests.Strategies;

/// <summary>Runs a strategy through the real engine the way <c>backtest run</c> does, on a data set loaded once per test class.</summary>
internal static class StrategyRun
{
    private static readonly Lazy<DataSet> Sample = new(() => DataSet.Load(RepoPaths.PathOf("Data", "sample"), Resolution.Daily));

    public static DataSet EmbeddedSample => Sample.Value;

    public static (BacktestResult Result, LeanStatistics Statistics) On(DataSet data, QCAlgorithm algorithm, IReadOnlyDictionary<string, string>? parameters = null)
    {
        var result = Backtest(data, algorithm, parameters);
        return (result, StatisticsBuilder.Build(result, data.RiskFree));
    }

    /// <summary>The run alone, without the statistics (for sweeps that only compare equity and fills).</summary>
    public static BacktestResult Backtest(DataSet data, QCAlgorithm algorithm, IReadOnlyDictionary<string, string>? parameters = null)
    {
        ParameterBinder.Bind(algorithm, parameters ?? new Dictionary<string, string>());
        var options = new BacktestOptions { Benchmark = data.Benchmark, CustomData = data.CustomData };
        return new BacktestEngine(data.Frame, data.Calendar, options).Run(algorithm);
    }
}
