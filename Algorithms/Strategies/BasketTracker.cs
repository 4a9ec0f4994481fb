using Backtest.Algorithms.Baskets;
using Backtest.Data.Model;
using Backtest.Engine.Algorithm;

namespace Backtest.Algorithms.Strategies;

/// <summary>
/// Follows one basket inside a running algorithm, one daily close at a time: which members are active (a member
/// joins once it has more than the basket's MinHistoryDays bars, so SmallCaps members count from their first bar),
/// the day's close-to-close basket return (weights renormalised over active members that have a return today;
/// NaN when none has) and a cumulative level. Sees only bars already delivered, so no look-ahead.
/// Allocation-free per update.
/// </summary>
public sealed class BasketTracker
{
    private readonly Symbol[] _symbols;
    private readonly double[] _weights;
    private readonly double[] _previousClose;
    private readonly int[] _barsSeen;
    private readonly double[] _active;

    public BasketTracker(Basket basket)
    {
        Basket = basket;
        _symbols = basket.Members.Select(m => m.Symbol).ToArray();
        _weights = basket.Members.Select(m => m.Weight).ToArray();
        _previousClose = new double[_symbols.Length];
        _barsSeen = new int[_symbols.Length];
        _active = new double[_symbols.Length];
    }

    public Basket Basket { get; }

    /// <summary>Members in basket order.</summary>
    public IReadOnlyList<Symbol> Symbols => _symbols;

    /// <summary>The last day's basket return as a fraction, NaN when no active member had one.</summary>
    public double DailyReturn { get; private set; } = double.NaN;

    /// <summary>Cumulative basket level, starting at 1.</summary>
    public double Level { get; private set; } = 1.0;

    /// <summary>Feeds the slice of a daily close.</summary>
    public void Update(Slice slice)
    {
        double sum = 0, weight = 0;
        for (var i = 0; i < _symbols.Length; i++)
        {
            if (!slice.TryGetValue(_symbols[i], out var bar) || bar.IsFillForward)
            {
                continue;
            }

            _barsSeen[i]++;
            if (IsActive(i) && _previousClose[i] > 0)
            {
                sum += _weights[i] * ((bar.Close / _previousClose[i]) - 1.0);
                weight += _weights[i];
            }

            _previousClose[i] = bar.Close;
        }

        // x / 1 is x exactly, so a one-member basket (weight 1) skips the division.
        DailyReturn = weight > 0 ? (weight == 1.0 ? sum : sum / weight) : double.NaN;
        if (!double.IsNaN(DailyReturn))
        {
            Level *= 1.0 + DailyReturn;
        }
    }

    /// <summary>
    /// Target weights of the active members scaled to <paramref name="fraction"/> of the portfolio, written into
    /// <paramref name="into"/> (same order as <see cref="Symbols"/>); returns false when no member is active yet.
    /// </summary>
    public bool TargetWeights(double fraction, Span<double> into)
    {
        double total = 0;
        for (var i = 0; i < _symbols.Length; i++)
        {
            _active[i] = IsActive(i) && _previousClose[i] > 0 ? _weights[i] : 0;
            total += _active[i];
        }

        for (var i = 0; i < _symbols.Length; i++)
        {
            into[i] = total > 0 ? fraction * _active[i] / total : 0;
        }

        return total > 0;
    }

    private bool IsActive(int i) => _barsSeen[i] > Basket.MinHistoryDays;
}
