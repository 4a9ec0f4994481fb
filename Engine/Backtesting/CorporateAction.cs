using Backtest.Engine.Securities;

namespace Backtest.Engine.Backtesting;

/// <summary>A dividend (Value = dollars per share) or split (Value = split factor) of one security at 00:00 of a date.</summary>
internal readonly record struct CorporateAction(DateTime Time, Security Security, bool IsSplit, double Value, double ReferencePrice);
