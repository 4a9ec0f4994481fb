using Backtest.Data.Model;

namespace Backtest.Engine.Algorithm;

/// <summary>
/// A bar as OnData sees it (LEAN's TradeBar): prices in dollars in the subscription's normalization mode, volume in
/// shares. <see cref="Time"/> is the start and <see cref="EndTime"/> the moment the bar became known.
/// </summary>
public readonly record struct TradeBar(
    Symbol Symbol,
    DateTime Time,
    DateTime EndTime,
    double Open,
    double High,
    double Low,
    double Close,
    double Volume,
    bool IsFillForward)
{
    /// <summary>The close.</summary>
    public double Price => Close;

    /// <summary>Alias of <see cref="Close"/> (LEAN's Value).</summary>
    public double Value => Close;
}
