using Backtest.Data.Model;

namespace Backtest.Engine.Algorithm;

/// <summary>
/// A cash dividend with ex-date <see cref="Time"/> (00:00): <see cref="Distribution"/> dollars per share, rounded to cents as
/// LEAN does; <see cref="ReferencePrice"/> is the raw close of the previous trading day (SEMANTICS.md E).
/// </summary>
public readonly record struct Dividend(Symbol Symbol, DateTime Time, double Distribution, double ReferencePrice);
