namespace Backtest.Data.Model;

/// <summary>
/// How prices are scaled for corporate actions, with LEAN's names and meanings
/// (../shared/parity/lean/SEMANTICS.md A.3).
/// </summary>
public enum DataNormalizationMode
{
    /// <summary>As traded; dividends arrive as cash and splits change share counts.</summary>
    Raw = 0,

    /// <summary>Split- and dividend-adjusted back from the end of the factor file (LEAN's default).</summary>
    Adjusted = 1,

    /// <summary>Split-adjusted only; dividends arrive as cash.</summary>
    SplitAdjusted = 2,

    /// <summary>Split-adjusted plus the running sum of dividends.</summary>
    TotalReturn = 3,
}
