using Backtest.Data.Model;
using Backtest.Engine.Algorithm;

namespace Backtest.Engine.Tests.Parity;

/// <summary>
/// CASES.md 10: LEAN's EquitySplitHoldingsDailyRegressionAlgorithm (Algorithm.CSharp/EquitySplitHoldingsDailyRegressionAlgorithm.cs, blob 13bdd52806da) written with our QCAlgorithm API.
/// 100% short AAPL with Raw prices across the 2014 7-for-1 split; the split multiplies the short position.
/// </summary>
internal sealed class EquitySplitHoldingsDailyRegressionAlgorithm : QCAlgorithm, IRegressionCase
{
    private Symbol _aapl = null!;
    private double _closeBeforeSplit;

    /// <summary>The split seen in OnSplits, if any.</summary>
    public Split? SplitSeen { get; private set; }

    /// <summary>Close after the split divided by the close before it (LEAN checks it equals the split factor).</summary>
    public double CloseRatioAtSplit { get; private set; }

    public override void Initialize()
    {
        SetStartDate(2014, 6, 5);
        SetEndDate(2014, 6, 11);
        SetCash(100000);
        _aapl = AddEquity("AAPL", Resolution.Daily, DataNormalizationMode.Raw).Symbol;
    }

    public override void OnData(Slice slice)
    {
        if (!Portfolio.Invested && SplitSeen is null)
        {
            SetHoldings(_aapl, -1);
        }

        if (slice.TryGetValue(_aapl, out var bar))
        {
            _closeBeforeSplit = bar.Close;
        }
    }

    public override void OnSplits(IReadOnlyDictionary<Symbol, Split> splits)
    {
        if (splits.TryGetValue(_aapl, out var split))
        {
            SplitSeen = split;
            CloseRatioAtSplit = Securities[_aapl].Close / _closeBeforeSplit;
        }
    }

    public Resolution Resolution => Resolution.Daily;

    public DateOnly DataStart => new(2014, 6, 5);

    public DateOnly DataEnd => new(2014, 6, 11);

    public IReadOnlyList<string> Tickers => ["AAPL"];

    /// <summary>LEAN's published statistics (CASES.md 10).</summary>
    public IReadOnlyDictionary<string, string> ExpectedStatistics { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Total Orders"] = "1", ["Average Win"] = "0%", ["Average Loss"] = "0%",
        ["Compounding Annual Return"] = "-44.829%", ["Drawdown"] = "2.200%", ["Expectancy"] = "0",
        ["Start Equity"] = "100000", ["End Equity"] = "98919.60", ["Net Profit"] = "-1.080%",
        ["Sharpe Ratio"] = "-2.862", ["Sortino Ratio"] = "-3.355", ["Probabilistic Sharpe Ratio"] = "23.147%",
        ["Loss Rate"] = "0%", ["Win Rate"] = "0%", ["Profit-Loss Ratio"] = "0",
        ["Alpha"] = "-0.395", ["Beta"] = "0.265", ["Annual Standard Deviation"] = "0.129",
        ["Annual Variance"] = "0.017", ["Information Ratio"] = "-3.531", ["Tracking Error"] = "0.132",
        ["Treynor Ratio"] = "-1.392", ["Total Fees"] = "$1.00", ["Estimated Strategy Capacity"] = "$370000000.00",
        ["Lowest Capacity Asset"] = "AAPL R735QTJ8XC9X", ["Portfolio Turnover"] = "14.20%", ["Drawdown Recovery"] = "0",
        ["OrderListHash"] = "6ea9aed8840dc08f9290028271750dcf",
    };

    /// <summary>Statistics this engine does not reproduce, with the reason (skipped by the harness).</summary>
    public IReadOnlyDictionary<string, string> KnownDifferences { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
    };
}

public sealed class EquitySplitHoldingsDailyRegressionAlgorithmTests
{
    [Fact]
    public void Run_LeanSampleData_MatchesLeanStatistics()
    {
        var algorithm = new EquitySplitHoldingsDailyRegressionAlgorithm();

        var (result, statistics) = ParityHarness.Run(algorithm);

        var split = Assert.IsType<Split>(algorithm.SplitSeen);
        Assert.Equal(new DateTime(2014, 6, 9), split.Time);
        Assert.Equal(split.SplitFactor, algorithm.CloseRatioAtSplit, 12);   // cached prices rescaled by the factor
        ParityHarness.AssertMatches(algorithm, statistics);
    }
}
