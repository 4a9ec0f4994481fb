using Backtest.Data.Frames;

namespace Backtest.Algorithms.Baskets;

/// <summary>
/// Point-in-time membership of a <see cref="Basket"/> on a frame's time index. A member is active at period i when
/// it has a bar at i (<see cref="BarPresence.Present"/>) and i ≥ its first bar index + <see cref="Basket.MinHistoryDays"/>,
/// i.e. it is known at the close of i from data up to i only. Immutable; safe to share.
/// </summary>
public sealed class BasketMembership
{
    private readonly SymbolColumns[] _columns;
    private readonly int[] _joinIndex;

    /// <exception cref="ArgumentException">A member is not in the frame.</exception>
    public BasketMembership(BarFrame frame, Basket basket)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(basket);
        Basket = basket;
        _columns = new SymbolColumns[basket.Members.Count];
        _joinIndex = new int[basket.Members.Count];
        for (var m = 0; m < _columns.Length; m++)
        {
            var symbol = basket.Members[m].Symbol;
            if (!frame.TryGet(symbol, out var columns))
            {
                throw new ArgumentException($"Basket '{basket.Name}' member {symbol} is not in the frame; load it with the other tickers.", nameof(frame));
            }

            _columns[m] = columns;
            _joinIndex[m] = columns.FirstIndex < 0 ? int.MaxValue : columns.FirstIndex + basket.MinHistoryDays;
        }
    }

    public Basket Basket { get; }

    /// <summary>The member's columns, in <see cref="Basket.Members"/> order.</summary>
    public IReadOnlyList<SymbolColumns> Columns => _columns;

    /// <summary>True when member <paramref name="member"/> (index into <see cref="Basket.Members"/>) is active at period <paramref name="period"/>.</summary>
    public bool IsActive(int member, int period) =>
        period >= _joinIndex[member] && _columns[member].Presence[period] == BarPresence.Present;

    /// <summary>Number of active members at <paramref name="period"/>.</summary>
    public int ActiveCount(int period)
    {
        var count = 0;
        for (var m = 0; m < _columns.Length; m++)
        {
            if (IsActive(m, period))
            {
                count++;
            }
        }

        return count;
    }
}
