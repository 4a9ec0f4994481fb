using Backtest.Data.Model;
using Backtest.Engine.Algorithm;

namespace Backtest.Engine.Tests.Parity;

/// <summary>
/// CASES.md 2: LEAN's DividendRegressionAlgorithm (Algorithm.CSharp/DividendRegressionAlgorithm.cs, blob 531a4d63a0f4) written with our QCAlgorithm API.
/// Half of the portfolio in SPY with Raw prices; dividends are paid in cash and summed in OnDividends.
/// </summary>
internal sealed class DividendRegressionAlgorithm : QCAlgorithm, IRegressionCase
{
    private Symbol _spy = null!;

    /// <summary>Dividends received: distribution x quantity held, summed as they arrive.</summary>
    public double SumOfDividends { get; private set; }

    public override void Initialize()
    {
        SetStartDate(1998, 01, 01);
        SetEndDate(2006, 01, 01);
        SetCash(100000);
        _spy = AddEquity("SPY", Resolution.Daily, DataNormalizationMode.Raw).Symbol;
    }

    public override void OnData(Slice slice)
    {
        if (!Portfolio.Invested)
        {
            SetHoldings(_spy, 0.5);
        }
    }

    public override void OnDividends(IReadOnlyDictionary<Symbol, Dividend> dividends)
    {
        foreach (var dividend in dividends.Values)
        {
            SumOfDividends += dividend.Distribution * Portfolio[dividend.Symbol].Quantity;
        }
    }

    public Resolution Resolution => Resolution.Daily;

    public DateOnly DataStart => new(1998, 1, 1);

    public DateOnly DataEnd => new(2006, 1, 1);

    public IReadOnlyList<string> Tickers => ["SPY"];

    /// <summary>LEAN's published statistics (CASES.md 2).</summary>
    public IReadOnlyDictionary<string, string> ExpectedStatistics { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Total Orders"] = "1", ["Average Win"] = "0%", ["Average Loss"] = "0%",
        ["Compounding Annual Return"] = "2.354%", ["Drawdown"] = "28.200%", ["Expectancy"] = "0",
        ["Start Equity"] = "100000", ["End Equity"] = "120462.08", ["Net Profit"] = "20.462%",
        ["Sharpe Ratio"] = "-0.063", ["Sortino Ratio"] = "-0.078", ["Probabilistic Sharpe Ratio"] = "0.015%",
        ["Loss Rate"] = "0%", ["Win Rate"] = "0%", ["Profit-Loss Ratio"] = "0",
        ["Alpha"] = "-0.016", ["Beta"] = "0.521", ["Annual Standard Deviation"] = "0.083",
        ["Annual Variance"] = "0.007", ["Information Ratio"] = "-0.328", ["Tracking Error"] = "0.076",
        ["Treynor Ratio"] = "-0.01", ["Total Fees"] = "$2.56", ["Estimated Strategy Capacity"] = "$36000000.00",
        ["Lowest Capacity Asset"] = "SPY R735QTJ8XC9X", ["Portfolio Turnover"] = "0.02%", ["Drawdown Recovery"] = "126",
        ["OrderListHash"] = "8068ff5f4917787e48d90fda94de340c",
    };

    public IReadOnlyDictionary<string, string> KnownDifferences { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
    };
}

public sealed class DividendRegressionAlgorithmTests
{
    [Fact]
    public void Run_LeanSampleData_MatchesLeanStatistics()
    {
        var algorithm = new DividendRegressionAlgorithm();

        var (result, statistics) = ParityHarness.Run(algorithm);

        // LEAN's OnEndOfAlgorithm checks: profit is exactly the dividends, net profit subtracts the fees.
        var portfolio = algorithm.Portfolio;
        Assert.Equal(algorithm.SumOfDividends, portfolio.TotalProfit, 6);
        Assert.Equal(algorithm.SumOfDividends - portfolio.TotalFees, portfolio.TotalNetProfit, 6);
        Assert.Equal(6789.12, Math.Round(algorithm.SumOfDividends, 2));   // CASES.md re-derivation
        ParityHarness.AssertMatches(algorithm, statistics);
    }
}
