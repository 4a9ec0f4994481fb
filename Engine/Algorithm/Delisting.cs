using Backtest.Data.Model;

namespace Backtest.Engine.Algorithm;

/// <summary>
/// A delisting notice (LEAN's Delisting): a warning at 00:00 of the last trading date, then the delisted event at 00:00
/// of the next trading date, when open orders are canceled and any position is closed at the last price without fee.
/// </summary>
public readonly record struct Delisting(Symbol Symbol, DateTime Time, bool IsWarning);
