using Backtest.Data.Model;
using Backtest.Engine.Algorithm;
using Backtest.Engine.Orders;

namespace Backtest.Engine.Tests.Parity;

/// <summary>
/// CASES.md 18: LEAN's MarketOnCloseOrderRegressionAlgorithm (Algorithm.CSharp/MarketOnCloseOrderRegressionAlgorithm.cs, blob 29e4f59ba62c) written with our QCAlgorithm API.
/// At 12:00 on 2021-03-02 a MarketOnClose order for one share, filled at that day's 16:00 close.
/// </summary>
internal sealed class MarketOnCloseOrderRegressionAlgorithm : QCAlgorithm, IRegressionCase
{
    private Symbol _spy = null!;

    public override void Initialize()
    {
        SetStartDate(2021, 3, 1);
        SetEndDate(2021, 3, 3);
        SetCash(100000);
        _spy = AddEquity("SPY", Resolution.Hour).Symbol;
        Schedule.On(DateRules.On(2021, 3, 2), TimeRules.At(12, 0), () => MarketOnCloseOrder(_spy, 1));
    }

    public Resolution Resolution => Resolution.Hour;

    public DateOnly DataStart => new(2021, 3, 1);

    public DateOnly DataEnd => new(2021, 3, 3);

    public IReadOnlyList<string> Tickers => ["SPY"];

    /// <summary>LEAN's published statistics (CASES.md 18).</summary>
    public IReadOnlyDictionary<string, string> ExpectedStatistics { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Total Orders"] = "1", ["Average Win"] = "0%", ["Average Loss"] = "0%",
        ["Compounding Annual Return"] = "-0.832%", ["Drawdown"] = "0.000%", ["Expectancy"] = "0",
        ["Start Equity"] = "100000", ["End Equity"] = "99993.90", ["Net Profit"] = "-0.006%",
        ["Sharpe Ratio"] = "-22.06", ["Sortino Ratio"] = "-22.06", ["Probabilistic Sharpe Ratio"] = "0%",
        ["Loss Rate"] = "0%", ["Win Rate"] = "0%", ["Profit-Loss Ratio"] = "0",
        ["Alpha"] = "-0.003", ["Beta"] = "0.008", ["Annual Standard Deviation"] = "0",
        ["Annual Variance"] = "0", ["Information Ratio"] = "15.221", ["Tracking Error"] = "0.061",
        ["Treynor Ratio"] = "-1.348", ["Total Fees"] = "$1.00", ["Estimated Strategy Capacity"] = "$53000000000.00",
        ["Lowest Capacity Asset"] = "SPY R735QTJ8XC9X", ["Portfolio Turnover"] = "0.13%", ["Drawdown Recovery"] = "0",
        ["OrderListHash"] = "1add16936335a9c85b72eed80dcacb39",
    };

    /// <summary>Statistics this engine does not reproduce, with the reason (skipped by the harness).</summary>
    public IReadOnlyDictionary<string, string> KnownDifferences { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
    };
}

public sealed class MarketOnCloseOrderRegressionAlgorithmTests
{
    [Fact]
    public void Run_LeanSampleData_MatchesLeanStatistics()
    {
        var algorithm = new MarketOnCloseOrderRegressionAlgorithm();

        var (result, statistics) = ParityHarness.Run(algorithm);

        var order = Assert.Single(result.Orders);
        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.Equal(new DateTime(2021, 3, 2, 16, 0, 0), order.LastFillTime);
        ParityHarness.AssertMatches(algorithm, statistics);
    }
}
