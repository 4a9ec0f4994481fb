using Backtest.Data.Model;
using Backtest.Engine.Algorithm;
using Backtest.Engine.Orders;

namespace Backtest.Engine.Tests.Parity;

/// <summary>
/// CASES.md 7: LEAN's SetHoldingReturnsOrderTicketsRegressionAlgorithm (Algorithm.CSharp/SetHoldingReturnsOrderTicketsRegressionAlgorithm.cs, blob e029d7d66607) written with our QCAlgorithm API.
/// SetHoldings with a target list [SPY 0.8, IBM 0.2] every day: two tickets the first time, none afterwards.
/// </summary>
internal sealed class SetHoldingReturnsOrderTicketsRegressionAlgorithm : QCAlgorithm, IRegressionCase
{
    private Symbol _spy = null!;
    private Symbol _ibm = null!;

    /// <summary>Number of tickets each SetHoldings call returned, in call order.</summary>
    public List<int> TicketCounts { get; } = [];

    public override void Initialize()
    {
        SetStartDate(2018, 1, 4);
        SetEndDate(2018, 1, 10);
        _spy = AddEquity("SPY", Resolution.Daily).Symbol;
        _ibm = AddEquity("IBM", Resolution.Daily).Symbol;
    }

    public override void OnData(Slice slice)
    {
        var tickets = SetHoldings([new PortfolioTarget(_spy, 0.8), new PortfolioTarget(_ibm, 0.2)]);
        TicketCounts.Add(tickets.Count);
    }

    public Resolution Resolution => Resolution.Daily;

    public DateOnly DataStart => new(2018, 1, 4);

    public DateOnly DataEnd => new(2018, 1, 10);

    public IReadOnlyList<string> Tickers => ["SPY", "IBM"];

    /// <summary>LEAN's published statistics (CASES.md 7).</summary>
    public IReadOnlyDictionary<string, string> ExpectedStatistics { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Total Orders"] = "2", ["Average Win"] = "0%", ["Average Loss"] = "0%",
        ["Compounding Annual Return"] = "43.490%", ["Drawdown"] = "0.100%", ["Expectancy"] = "0",
        ["Start Equity"] = "100000", ["End Equity"] = "100661.71", ["Net Profit"] = "0.662%",
        ["Sharpe Ratio"] = "12.329", ["Sortino Ratio"] = "0", ["Probabilistic Sharpe Ratio"] = "95.183%",
        ["Loss Rate"] = "0%", ["Win Rate"] = "0%", ["Profit-Loss Ratio"] = "0",
        ["Alpha"] = "0.108", ["Beta"] = "0.424", ["Annual Standard Deviation"] = "0.024",
        ["Annual Variance"] = "0.001", ["Information Ratio"] = "-5.097", ["Tracking Error"] = "0.03",
        ["Treynor Ratio"] = "0.707", ["Total Fees"] = "$2.56", ["Estimated Strategy Capacity"] = "$170000000.00",
        ["Lowest Capacity Asset"] = "IBM R735QTJ8XC9X", ["Portfolio Turnover"] = "14.24%", ["Drawdown Recovery"] = "0",
        ["OrderListHash"] = "587e1a69d3c83cbd9907f9f9586697e1",
    };

    public IReadOnlyDictionary<string, string> KnownDifferences { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
    };
}

public sealed class SetHoldingReturnsOrderTicketsRegressionAlgorithmTests
{
    [Fact]
    public void Run_LeanSampleData_MatchesLeanStatistics()
    {
        var algorithm = new SetHoldingReturnsOrderTicketsRegressionAlgorithm();

        var (result, statistics) = ParityHarness.Run(algorithm);

        Assert.Equal(2, algorithm.TicketCounts[0]);
        Assert.All(algorithm.TicketCounts.Skip(1), count => Assert.Equal(0, count));
        ParityHarness.AssertMatches(algorithm, statistics);
    }
}
