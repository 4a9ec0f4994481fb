using Backtest.Data.Model;
using Backtest.Engine.Algorithm;
using Backtest.Engine.Orders;

namespace Backtest.Engine.Tests.Parity;

/// <summary>
/// CASES.md 8: LEAN's LiquidateRegressionAlgorithm (Algorithm.CSharp/LiquidateRegressionAlgorithm.cs, blob dfdc4bc645c9) written with our QCAlgorithm API.
/// Two scheduled rebalances at 00:00 place a market (MOO) and two limit orders and then Liquidate(), which cancels them all.
/// </summary>
internal sealed class LiquidateRegressionAlgorithm : QCAlgorithm, IRegressionCase
{
    private Symbol _spy = null!;
    private Symbol _ibm = null!;

    public override void Initialize()
    {
        SetStartDate(2018, 1, 4);
        SetEndDate(2018, 1, 10);
        _spy = AddEquity("SPY", Resolution.Daily).Symbol;
        _ibm = AddEquity("IBM", Resolution.Daily).Symbol;
        Schedule.On(DateRules.On(2018, 1, 5), TimeRules.Midnight, Rebalance);
        Schedule.On(DateRules.On(2018, 1, 8), TimeRules.Midnight, Rebalance);
    }

    private void Rebalance()
    {
        MarketOrder(_ibm, 10);
        LimitOrder(_ibm, 1, Securities[_ibm].Price - 5);
        LimitOrder(_spy, 1, Securities[_spy].Price - 5);
        Liquidate();
    }

    public Resolution Resolution => Resolution.Daily;

    public DateOnly DataStart => new(2018, 1, 4);

    public DateOnly DataEnd => new(2018, 1, 10);

    public IReadOnlyList<string> Tickers => ["SPY", "IBM"];

    /// <summary>LEAN's published statistics (CASES.md 8).</summary>
    public IReadOnlyDictionary<string, string> ExpectedStatistics { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Total Orders"] = "6", ["Average Win"] = "0%", ["Average Loss"] = "0%",
        ["Compounding Annual Return"] = "0%", ["Drawdown"] = "0%", ["Expectancy"] = "0",
        ["Start Equity"] = "100000", ["End Equity"] = "100000", ["Net Profit"] = "0%",
        ["Sharpe Ratio"] = "0", ["Sortino Ratio"] = "0", ["Probabilistic Sharpe Ratio"] = "0%",
        ["Loss Rate"] = "0%", ["Win Rate"] = "0%", ["Profit-Loss Ratio"] = "0",
        ["Alpha"] = "0", ["Beta"] = "0", ["Annual Standard Deviation"] = "0",
        ["Annual Variance"] = "0", ["Information Ratio"] = "-10.398", ["Tracking Error"] = "0.045",
        ["Treynor Ratio"] = "0", ["Total Fees"] = "$0.00", ["Estimated Strategy Capacity"] = "$0",
        ["Lowest Capacity Asset"] = "", ["Portfolio Turnover"] = "0%", ["Drawdown Recovery"] = "0",
        ["OrderListHash"] = "9423c872a626fb856b7c377686c28d85",
    };

    public IReadOnlyDictionary<string, string> KnownDifferences { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
    };
}

public sealed class LiquidateRegressionAlgorithmTests
{
    [Fact]
    public void Run_LeanSampleData_MatchesLeanStatistics()
    {
        var algorithm = new LiquidateRegressionAlgorithm();

        var (result, statistics) = ParityHarness.Run(algorithm);

        Assert.All(result.Orders, o => Assert.Equal(OrderStatus.Canceled, o.Status));
        Assert.False(algorithm.Portfolio.Invested);
        ParityHarness.AssertMatches(algorithm, statistics);
    }
}
