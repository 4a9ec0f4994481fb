namespace Backtest.Data.Import;

/// <summary>
/// What the prices stored in an imported LEAN zip are, recorded per ticker in the folder's
/// <c>price-basis.csv</c> (LEAN's own folders have no such file: their zips are always as traded).
/// </summary>
public enum PriceBasis
{
    /// <summary>As traded, or split-adjusted only with dividends carried by the factor file (Raw mode shows split-adjusted prices).</summary>
    Raw = 0,

    /// <summary>Fully (split and dividend) adjusted; no factor file exists, and only DataNormalizationMode.Adjusted is available.</summary>
    Adjusted = 1,
}
