using Backtest.Data.Model;
using Backtest.Engine.Algorithm;

namespace Backtest.Engine.Tests.Parity;

/// <summary>
/// CASES.md 1: LEAN's BasicTemplateDailyAlgorithm (Algorithm.CSharp/BasicTemplateDailyAlgorithm.cs, blob 0f65677a0df9) written with our QCAlgorithm API.
/// Buys SPY with SetHoldings(1) once and holds it (MOO conversion at 16:00, adjusted prices, IB fee).
/// </summary>
internal sealed class BasicTemplateDailyAlgorithm : QCAlgorithm, IRegressionCase
{
    private Symbol _spy = null!;

    public override void Initialize()
    {
        SetStartDate(2013, 10, 8);
        SetEndDate(2013, 10, 17);
        SetCash(100000);
        _spy = AddEquity("SPY", Resolution.Daily).Symbol;
    }

    public override void OnData(Slice slice)
    {
        if (!Portfolio.Invested)
        {
            SetHoldings(_spy, 1);
        }
    }

    public Resolution Resolution => Resolution.Daily;

    public DateOnly DataStart => new(2013, 10, 8);

    public DateOnly DataEnd => new(2013, 10, 17);

    public IReadOnlyList<string> Tickers => ["SPY"];

    /// <summary>LEAN's published statistics (CASES.md 1).</summary>
    public IReadOnlyDictionary<string, string> ExpectedStatistics { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Total Orders"] = "1", ["Average Win"] = "0%", ["Average Loss"] = "0%",
        ["Compounding Annual Return"] = "424.375%", ["Drawdown"] = "0.800%", ["Expectancy"] = "0",
        ["Start Equity"] = "100000", ["End Equity"] = "104486.22", ["Net Profit"] = "4.486%",
        ["Sharpe Ratio"] = "17.304", ["Sortino Ratio"] = "35.217", ["Probabilistic Sharpe Ratio"] = "96.710%",
        ["Loss Rate"] = "0%", ["Win Rate"] = "0%", ["Profit-Loss Ratio"] = "0",
        ["Alpha"] = "-0.249", ["Beta"] = "1.015", ["Annual Standard Deviation"] = "0.141",
        ["Annual Variance"] = "0.02", ["Information Ratio"] = "-19", ["Tracking Error"] = "0.011",
        ["Treynor Ratio"] = "2.403", ["Total Fees"] = "$3.49", ["Estimated Strategy Capacity"] = "$1200000000.00",
        ["Lowest Capacity Asset"] = "SPY R735QTJ8XC9X", ["Portfolio Turnover"] = "10.01%", ["Drawdown Recovery"] = "1",
        ["OrderListHash"] = "70f21e930175a2ec9d465b21edc1b6d9",
    };

    public IReadOnlyDictionary<string, string> KnownDifferences { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
    };
}

public sealed class BasicTemplateDailyAlgorithmTests
{
    [Fact]
    public void Run_LeanSampleData_MatchesLeanStatistics()
    {
        var algorithm = new BasicTemplateDailyAlgorithm();

        var (result, statistics) = ParityHarness.Run(algorithm);

        Assert.Equal(72, result.DataPoints);   // CASES.md: DataPoints 72
        ParityHarness.AssertMatches(algorithm, statistics);
    }
}
