using Backtest.Data.Lean;
using Backtest.Data.Model;

namespace Backtest.Data.Synthetic;

/// <summary>
/// One generated security: raw (unadjusted) daily bars from its listing day, its corporate actions and the LEAN
/// factor-file rows derived from them. Dividends are cash per share in dollars on the ex-date; split ratios are
/// new shares per old share effective on the date.
/// </summary>
internal sealed record SyntheticSeries(
    string Ticker,
    DateOnly Listing,
    string Exchange,
    IReadOnlyList<Bar> Bars,
    IReadOnlyList<(DateOnly ExDate, double Amount)> Dividends,
    IReadOnlyList<(DateOnly Date, double Ratio)> Splits,
    IReadOnlyList<FactorFileRow> FactorRows);
