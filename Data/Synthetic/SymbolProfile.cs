namespace Backtest.Data.Synthetic;

/// <summary>
/// How one synthetic security behaves. Loadings are on the daily factor returns (market, size = small minus large,
/// tech); <see cref="IdioVol"/> and <see cref="IdioDrift"/> are annual fractions; <see cref="DividendYield"/> is an
/// annual fraction paid quarterly from <see cref="DividendStart"/> on the <see cref="DividendWeek"/>-th
/// <see cref="DividendDay"/> of months <see cref="DividendFirstMonth"/>, +3, +6, +9.
/// Bars before <see cref="CloseOnlyUntil"/> carry open = high = low = close.
/// </summary>
internal sealed record SymbolProfile(
    string Ticker,
    DateOnly Listing,
    string Exchange,
    double StartPrice,
    double Beta,
    double Size,
    double Tech,
    double IdioVol,
    double IdioDrift,
    double BaseVolume)
{
    public double DividendYield { get; init; }

    public DateOnly DividendStart { get; init; } = DateOnly.MinValue;

    public int DividendFirstMonth { get; init; } = 3;

    public DayOfWeek DividendDay { get; init; } = DayOfWeek.Friday;

    public int DividendWeek { get; init; } = 3;

    /// <summary>Splits as (first trading date at the new share count, new shares per old share).</summary>
    public IReadOnlyList<(DateOnly Date, double Ratio)> Splits { get; init; } = [];

    public DateOnly CloseOnlyUntil { get; init; } = DateOnly.MinValue;

    /// <summary>
    /// The raw close the series should end near, in dollars, or NaN to leave the path free. When set, a constant
    /// is added to every daily return so that the path ends at a plausible level (shape and volatility unchanged).
    /// </summary>
    public double EndPrice { get; init; } = double.NaN;
}
