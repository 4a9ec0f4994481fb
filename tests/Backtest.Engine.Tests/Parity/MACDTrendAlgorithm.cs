using Backtest.Data.Model;
using Backtest.Engine.Algorithm;
using Backtest.Engine.Indicators;

namespace Backtest.Engine.Tests.Parity;

/// <summary>
/// CASES.md 4: LEAN's MACDTrendAlgorithm (Algorithm.CSharp/MACDTrendAlgorithm.cs, blob a85aeff445ed) written with our QCAlgorithm API.
/// MACD(12, 26, 9) trend following on SPY daily through the MACD helper: long when MACD is 0.25% above its signal, flat when 0.25% below.
/// </summary>
internal sealed class MACDTrendAlgorithm : QCAlgorithm, IRegressionCase
{
    private const double Tolerance = 0.0025;
    private Symbol _spy = null!;
    private MovingAverageConvergenceDivergence _macd = null!;
    private DateTime _previous;

    public override void Initialize()
    {
        SetStartDate(2004, 01, 01);
        SetEndDate(2015, 01, 01);
        _spy = AddEquity("SPY", Resolution.Daily).Symbol;
        _macd = MACD(_spy, 12, 26, 9, MovingAverageType.Exponential, Resolution.Daily);
    }

    public override void OnData(Slice slice)
    {
        // Once per calendar date at most. Dividend-only slices (00:00 of ex-dates) reach OnData too and count as that
        // date's decision, as in LEAN: treating them as bar-less (skipping them) gives 84 orders instead of LEAN's 85.
        if (_previous.Date == Time.Date || !_macd.IsReady)
        {
            return;
        }

        var holding = Portfolio[_spy];
        var signalDeltaPercent = (_macd - _macd.Signal) / _macd.Fast;
        if (holding.Quantity <= 0 && signalDeltaPercent > Tolerance)
        {
            SetHoldings(_spy, 1.0);
        }
        else if (holding.Quantity >= 0 && signalDeltaPercent < -Tolerance)
        {
            Liquidate(_spy);
        }

        Plot("MACD", "Signal", _macd.Signal);
        Plot(_spy.Value, "Open", Securities[_spy].Open);
        _previous = Time;
    }

    public Resolution Resolution => Resolution.Daily;

    public DateOnly DataStart => new(2004, 1, 1);

    public DateOnly DataEnd => new(2015, 1, 1);

    public IReadOnlyList<string> Tickers => ["SPY"];

    /// <summary>LEAN's published statistics (CASES.md 4).</summary>
    public IReadOnlyDictionary<string, string> ExpectedStatistics { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Total Orders"] = "85", ["Average Win"] = "4.78%", ["Average Loss"] = "-4.16%",
        ["Compounding Annual Return"] = "2.952%", ["Drawdown"] = "34.900%", ["Expectancy"] = "0.228",
        ["Start Equity"] = "100000", ["End Equity"] = "137751.04", ["Net Profit"] = "37.751%",
        ["Sharpe Ratio"] = "0.029", ["Sortino Ratio"] = "0.022", ["Probabilistic Sharpe Ratio"] = "0.005%",
        ["Loss Rate"] = "43%", ["Win Rate"] = "57%", ["Profit-Loss Ratio"] = "1.15",
        ["Alpha"] = "-0.015", ["Beta"] = "0.411", ["Annual Standard Deviation"] = "0.103",
        ["Annual Variance"] = "0.011", ["Information Ratio"] = "-0.34", ["Tracking Error"] = "0.123",
        ["Treynor Ratio"] = "0.007", ["Total Fees"] = "$468.54", ["Estimated Strategy Capacity"] = "$950000000.00",
        ["Lowest Capacity Asset"] = "SPY R735QTJ8XC9X", ["Portfolio Turnover"] = "2.09%", ["Drawdown Recovery"] = "1931",
        ["OrderListHash"] = "0257edfddd889d6fe3779883138aebc5",
    };

    /// <summary>Statistics this engine does not reproduce, with the reason (skipped by the harness).</summary>
    public IReadOnlyDictionary<string, string> KnownDifferences { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
    };
}

public sealed class MACDTrendAlgorithmTests
{
    [Fact]
    public void Run_LeanSampleData_MatchesLeanStatistics()
    {
        var algorithm = new MACDTrendAlgorithm();

        var (result, statistics) = ParityHarness.Run(algorithm);

        Assert.Equal(85, result.TotalOrders);
        ParityHarness.AssertMatches(algorithm, statistics);
    }
}
