namespace Backtest.Engine.Algorithm;

/// <summary>
/// Run settings with LEAN's names and defaults (CASES.md "Defaults"), plus two switches of ours that LEAN lacks.
/// Change them in Initialize.
/// </summary>
public sealed class AlgorithmSettings
{
    /// <summary>Fraction of portfolio value SetHoldings keeps free (0.0025 = 0.25%).</summary>
    public double FreePortfolioValuePercentage { get; set; } = 0.0025;

    /// <summary>A fixed free buffer in dollars; when set it replaces <see cref="FreePortfolioValuePercentage"/>.</summary>
    public double? FreePortfolioValue { get; set; }

    /// <summary>SetHoldings places no order whose margin change is below this fraction of portfolio value (0.001 = 0.1%).</summary>
    public double MinimumOrderMarginPortfolioPercentage { get; set; } = 0.001;

    /// <summary>A market order waits for a fresh bar when the last bar ended longer ago than this (LEAN: 1 hour).</summary>
    public TimeSpan StalePriceTimeSpan { get; set; } = TimeSpan.FromHours(1);

    /// <summary>When false, Liquidate does nothing (LEAN's LiquidateEnabled).</summary>
    public bool LiquidateEnabled { get; set; } = true;

    /// <summary>Trading days per year used by annualised statistics (LEAN: 252).</summary>
    public int TradingDaysPerYear { get; set; } = 252;

    /// <summary>Allows fractional share quantities in sizing (not LEAN: equities trade whole shares there). Default off.</summary>
    public bool AllowFractionalShares { get; set; }

    /// <summary>
    /// When on, orders from SetHoldings are re-sized at fill time from the target fraction, the fill price and the portfolio
    /// value at that moment, instead of keeping the quantity computed at order time (not LEAN; needed by workload W1).
    /// </summary>
    public bool SizeTargetOrdersAtFillPrice { get; set; }
}
