namespace Backtest.Data.Lean;

/// <summary>
/// One row of a LEAN factor file: factors that apply to every date on or before <see cref="Date"/>
/// and after the previous row's date. <see cref="ReferencePrice"/> is the raw close of <see cref="Date"/>.
/// </summary>
public readonly record struct FactorFileRow(DateOnly Date, double PriceFactor, double SplitFactor, double ReferencePrice)
{
    /// <summary>The factor that turns a raw price into LEAN's Adjusted price.</summary>
    public double PriceScaleFactor => PriceFactor * SplitFactor;
}
