using Backtest.Data.Model;

namespace Backtest.Engine.Algorithm;

/// <summary>
/// A split occurring at <see cref="Time"/> (00:00 of the first post-split trading day). <see cref="SplitFactor"/> is
/// old/new share ratio (1/7 for a 7-for-1 split); <see cref="ReferencePrice"/> is the raw close before the split.
/// </summary>
public readonly record struct Split(Symbol Symbol, DateTime Time, double SplitFactor, double ReferencePrice);
