using Backtest.Data.Calendar;

namespace Backtest.Data.Synthetic;

/// <summary>
/// A generated market: the calendar and trading days, one series per ticker (ordinal order) and the rate series.
/// Rates are percent: <see cref="PolicyChanges"/> the fed funds target at its change points (the risk-free rate),
/// <see cref="FedFunds"/> the effective rate on every calendar day, <see cref="TwoYear"/> the 2-year yield on
/// weekdays, null on exchange holidays.
/// </summary>
internal sealed record SyntheticMarket(
    TradingCalendar Calendar,
    IReadOnlyList<DateOnly> TradingDays,
    IReadOnlyList<SyntheticSeries> Series,
    IReadOnlyList<(DateOnly Date, double Percent)> PolicyChanges,
    IReadOnlyList<(DateOnly Date, double Percent)> FedFunds,
    IReadOnlyList<(DateOnly Date, double? Percent)> TwoYear);
