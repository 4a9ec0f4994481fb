using Backtest.Data.Model;
using Backtest.Engine.Algorithm;

namespace Backtest.Engine.Tests.Parity;

/// <summary>
/// CASES.md 16: LEAN's BasicTemplateHourlyAlgorithm (Algorithm.CSharp/BasicTemplateHourlyAlgorithm.cs, blob 0e2917741a6a) written with our QCAlgorithm API.
/// Buys SPY with SetHoldings(1) at the first hour bar (a real market order filled at that bar's close) and holds it.
/// </summary>
internal sealed class BasicTemplateHourlyAlgorithm : QCAlgorithm, IRegressionCase
{
    private Symbol _spy = null!;

    public override void Initialize()
    {
        SetStartDate(2013, 10, 7);
        SetEndDate(2013, 10, 11);
        SetCash(100000);
        _spy = AddEquity("SPY", Resolution.Hour).Symbol;
    }

    public override void OnData(Slice slice)
    {
        if (!Portfolio.Invested)
        {
            SetHoldings(_spy, 1);
        }
    }

    public Resolution Resolution => Resolution.Hour;

    public DateOnly DataStart => new(2013, 10, 7);

    public DateOnly DataEnd => new(2013, 10, 11);

    public IReadOnlyList<string> Tickers => ["SPY"];

    /// <summary>LEAN's published statistics (CASES.md 16).</summary>
    public IReadOnlyDictionary<string, string> ExpectedStatistics { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Total Orders"] = "1", ["Average Win"] = "0%", ["Average Loss"] = "0%",
        ["Compounding Annual Return"] = "227.693%", ["Drawdown"] = "2.000%", ["Expectancy"] = "0",
        ["Start Equity"] = "100000", ["End Equity"] = "101529.08", ["Net Profit"] = "1.529%",
        ["Sharpe Ratio"] = "8.855", ["Sortino Ratio"] = "0", ["Probabilistic Sharpe Ratio"] = "67.459%",
        ["Loss Rate"] = "0%", ["Win Rate"] = "0%", ["Profit-Loss Ratio"] = "0",
        ["Alpha"] = "-0.005", ["Beta"] = "0.996", ["Annual Standard Deviation"] = "0.222",
        ["Annual Variance"] = "0.049", ["Information Ratio"] = "-14.564", ["Tracking Error"] = "0.001",
        ["Treynor Ratio"] = "1.971", ["Total Fees"] = "$3.44", ["Estimated Strategy Capacity"] = "$110000000.00",
        ["Lowest Capacity Asset"] = "SPY R735QTJ8XC9X", ["Portfolio Turnover"] = "19.96%", ["Drawdown Recovery"] = "2",
        ["OrderListHash"] = "60747dce5c2aed393b7dccc258d2c9b5",
    };

    public IReadOnlyDictionary<string, string> KnownDifferences { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
    };
}

public sealed class BasicTemplateHourlyAlgorithmTests
{
    [Fact]
    public void Run_LeanSampleData_MatchesLeanStatistics()
    {
        var algorithm = new BasicTemplateHourlyAlgorithm();

        var (result, statistics) = ParityHarness.Run(algorithm);

        Assert.Equal(78, result.DataPoints);   // CASES.md: DataPoints 78
        ParityHarness.AssertMatches(algorithm, statistics);
    }
}
