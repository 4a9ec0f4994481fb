using Backtest.Data.Model;
using Backtest.Engine.Algorithm;
using Backtest.Engine.Orders;

namespace Backtest.Engine.Tests.Parity;

/// <summary>
/// CASES.md 17: LEAN's MarketOnOpenOrderRegressionAlgorithm (Algorithm.CSharp/MarketOnOpenOrderRegressionAlgorithm.cs, blob d2e2ff245065) written with our QCAlgorithm API.
/// At 00:00 on 2021-03-02 a MarketOnOpen order and a market order (converted to MarketOnOpen: market closed), both filled at the first hour bar's open.
/// </summary>
internal sealed class MarketOnOpenOrderRegressionAlgorithm : QCAlgorithm, IRegressionCase
{
    private Symbol _spy = null!;

    /// <summary>The order types the two calls returned.</summary>
    public List<OrderType> SubmittedTypes { get; } = [];

    public override void Initialize()
    {
        SetStartDate(2021, 3, 1);
        SetEndDate(2021, 3, 3);
        SetCash(100000);
        _spy = AddEquity("SPY", Resolution.Hour).Symbol;
        Schedule.On(DateRules.On(2021, 3, 2), TimeRules.Midnight, () =>
        {
            SubmittedTypes.Add(MarketOnOpenOrder(_spy, 1).OrderType);
            SubmittedTypes.Add(MarketOrder(_spy, 1).OrderType);
        });
    }

    public Resolution Resolution => Resolution.Hour;

    public DateOnly DataStart => new(2021, 3, 1);

    public DateOnly DataEnd => new(2021, 3, 3);

    public IReadOnlyList<string> Tickers => ["SPY"];

    /// <summary>LEAN's published statistics (CASES.md 17).</summary>
    public IReadOnlyDictionary<string, string> ExpectedStatistics { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Total Orders"] = "2", ["Average Win"] = "0%", ["Average Loss"] = "0%",
        ["Compounding Annual Return"] = "-2.547%", ["Drawdown"] = "0.000%", ["Expectancy"] = "0",
        ["Start Equity"] = "100000", ["End Equity"] = "99981.16", ["Net Profit"] = "-0.019%",
        ["Sharpe Ratio"] = "-147.421", ["Sortino Ratio"] = "-147.421", ["Probabilistic Sharpe Ratio"] = "0%",
        ["Loss Rate"] = "0%", ["Win Rate"] = "0%", ["Profit-Loss Ratio"] = "0",
        ["Alpha"] = "-0.023", ["Beta"] = "0.003", ["Annual Standard Deviation"] = "0",
        ["Annual Variance"] = "0", ["Information Ratio"] = "14.89", ["Tracking Error"] = "0.061",
        ["Treynor Ratio"] = "-9.006", ["Total Fees"] = "$2.00", ["Estimated Strategy Capacity"] = "$1400000000.00",
        ["Lowest Capacity Asset"] = "SPY R735QTJ8XC9X", ["Portfolio Turnover"] = "0.26%", ["Drawdown Recovery"] = "0",
        ["OrderListHash"] = "56a7b3ac0475f32f06c567b494741b0d",
    };

    public IReadOnlyDictionary<string, string> KnownDifferences { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
    };
}

public sealed class MarketOnOpenOrderRegressionAlgorithmTests
{
    [Fact]
    public void Run_LeanSampleData_MatchesLeanStatistics()
    {
        var algorithm = new MarketOnOpenOrderRegressionAlgorithm();

        var (result, statistics) = ParityHarness.Run(algorithm);

        Assert.Equal([OrderType.MarketOnOpen, OrderType.MarketOnOpen], algorithm.SubmittedTypes);
        Assert.All(result.Orders, o => Assert.Equal(OrderStatus.Filled, o.Status));
        Assert.Equal(50, result.DataPoints);   // CASES.md: DataPoints 50
        ParityHarness.AssertMatches(algorithm, statistics);
    }
}
