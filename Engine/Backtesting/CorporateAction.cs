using Backtest.Engine.Securities;

namespace Backtest.Engine.Backtesting;

/// <summary>
/// A dividend (Value = dollars per share), split (Value = split factor) or delisting notice of one security at 00:00 of a date.
/// </summary>
internal readonly record struct CorporateAction(DateTime Time, Security Security, CorporateActionKind Kind, double Value, double ReferencePrice);
