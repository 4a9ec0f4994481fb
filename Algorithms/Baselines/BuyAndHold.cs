using Backtest.Data.Model;
using Backtest.Engine.Algorithm;
using Backtest.Engine.Parameters;

namespace Backtest.Algorithms.Baselines;

/// <summary>
/// Baseline: invest the whole portfolio in one ticker on the first bar and hold it (LEAN's SetHoldings sizing,
/// so 99.75% of the portfolio after the free-cash buffer). The default period is the embedded sample's 2000-2025.
/// </summary>
public sealed class BuyAndHold : QCAlgorithm
{
    /// <summary>The ticker to hold.</summary>
    [Parameter(Description = "Ticker to buy and hold")]
    public string Ticker { get; set; } = "SPY";

    /// <summary>First year of the run (January 1st).</summary>
    [Parameter(Min = 1990, Max = 2100, Description = "First year of the run")]
    public int StartYear { get; set; } = 2001;

    /// <summary>Cash SetHoldings keeps free, percent of the portfolio (LEAN's default 0.25).</summary>
    [Parameter(Min = 0, Max = 10, Description = "Cash buffer kept free by SetHoldings, percent")]
    public double CashBufferPercent { get; set; } = 0.25;

    [Parameter(Description = "Allow fractional shares")]
    public bool FractionalShares { get; set; }

    private Symbol _symbol = null!;

    public override void Initialize()
    {
        SetStartDate(StartYear, 1, 1);
        SetCash(100_000);
        Settings.FreePortfolioValuePercentage = CashBufferPercent / 100.0;
        Settings.AllowFractionalShares = FractionalShares;
        _symbol = AddEquity(Ticker, Resolution.Daily).Symbol;
    }

    public override void OnData(Slice slice)
    {
        if (!Portfolio.Invested && slice.ContainsKey(_symbol))
        {
            SetHoldings(_symbol, 1.0);
        }
    }
}
