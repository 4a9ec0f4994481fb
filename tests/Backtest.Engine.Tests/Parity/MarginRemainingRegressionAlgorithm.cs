using Backtest.Data.Model;
using Backtest.Engine.Algorithm;

namespace Backtest.Engine.Tests.Parity;

/// <summary>
/// CASES.md 3: LEAN's MarginRemainingRegressionAlgorithm (Algorithm.CSharp/MarginRemainingRegressionAlgorithm.cs, blob 695969a83fe0) written with our QCAlgorithm API.
/// SPY 70% from the start, AAPL 30% from 2009, both at leverage 1; MarginRemaining must stay positive.
/// </summary>
internal sealed class MarginRemainingRegressionAlgorithm : QCAlgorithm, IRegressionCase
{
    private Symbol _spy = null!;
    private Symbol _aapl = null!;

    /// <summary>True once OnData saw MarginRemaining &lt;= 0 (LEAN throws there).</summary>
    public bool MarginExhausted { get; private set; }

    public override void Initialize()
    {
        SetStartDate(2007, 1, 1);
        SetEndDate(2010, 1, 1);
        _spy = AddEquity("SPY", Resolution.Daily, leverage: 1).Symbol;
        _aapl = AddEquity("AAPL", Resolution.Daily, leverage: 1).Symbol;
        Schedule.On(DateRules.EveryDay(), TimeRules.At(12, 0), () =>
        {
            Plot("Margin", "MarginRemaining", Portfolio.MarginRemaining);
            Plot("Margin", "Cash", Portfolio.Cash);
        });
    }

    public override void OnData(Slice slice)
    {
        if (!Portfolio.Invested)
        {
            SetHoldings(_spy, 0.7);
        }

        MarginExhausted |= Portfolio.MarginRemaining <= 0;
        if (Time.Year == 2009 && !Portfolio[_aapl].Invested)
        {
            SetHoldings(_aapl, 0.3);
        }
    }

    public Resolution Resolution => Resolution.Daily;

    public DateOnly DataStart => new(2007, 1, 1);

    public DateOnly DataEnd => new(2010, 1, 1);

    public IReadOnlyList<string> Tickers => ["SPY", "AAPL"];

    /// <summary>LEAN's published statistics (CASES.md 3).</summary>
    public IReadOnlyDictionary<string, string> ExpectedStatistics { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Total Orders"] = "2", ["Average Win"] = "0%", ["Average Loss"] = "0%",
        ["Compounding Annual Return"] = "6.056%", ["Drawdown"] = "42.100%", ["Expectancy"] = "0",
        ["Start Equity"] = "100000", ["End Equity"] = "119303.75", ["Net Profit"] = "19.304%",
        ["Sharpe Ratio"] = "0.162", ["Sortino Ratio"] = "0.183", ["Probabilistic Sharpe Ratio"] = "3.869%",
        ["Loss Rate"] = "0%", ["Win Rate"] = "0%", ["Profit-Loss Ratio"] = "0",
        ["Alpha"] = "0.057", ["Beta"] = "0.708", ["Annual Standard Deviation"] = "0.177",
        ["Annual Variance"] = "0.031", ["Information Ratio"] = "0.8", ["Tracking Error"] = "0.087",
        ["Treynor Ratio"] = "0.04", ["Total Fees"] = "$45.18", ["Estimated Strategy Capacity"] = "$410000000.00",
        ["Lowest Capacity Asset"] = "AAPL R735QTJ8XC9X", ["Portfolio Turnover"] = "0.09%", ["Drawdown Recovery"] = "707",
        ["OrderListHash"] = "39bdab2dcde5bed30c6fc3200d39e83c",
    };

    public IReadOnlyDictionary<string, string> KnownDifferences { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
    };
}

public sealed class MarginRemainingRegressionAlgorithmTests
{
    [Fact]
    public void Run_LeanSampleData_MatchesLeanStatistics()
    {
        var algorithm = new MarginRemainingRegressionAlgorithm();

        var (result, statistics) = ParityHarness.Run(algorithm);

        Assert.False(algorithm.MarginExhausted);
        ParityHarness.AssertMatches(algorithm, statistics);
    }
}
