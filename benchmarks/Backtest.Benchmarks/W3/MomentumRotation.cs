using Backtest.Data.Model;
using Backtest.Engine.Algorithm;
using Backtest.Engine.Orders;

namespace Backtest.Benchmarks.W3;

/// <summary>
/// W3's strategy: on the first trading day of each month, hold the <see cref="TopCount"/> symbols with the highest
/// <see cref="LookbackDays"/>-day return (close to close), equal weights, rest in nothing. Closes are kept in a ring
/// buffer per symbol so the daily path does not allocate; ranking allocates once a month.
/// </summary>
internal sealed class MomentumRotation : QCAlgorithm
{
    private readonly string[] _tickers;
    private readonly DateOnly _start;
    private Symbol[] _symbols = [];
    private double[] _ring = [];
    private double[] _scores = [];
    private int[] _order = [];
    private int _days;
    private int _lastMonth = -1;

    public MomentumRotation(IReadOnlyList<string> tickers, DateOnly start)
    {
        _tickers = [.. tickers];
        _start = start;
        TopCount = Math.Max(1, _tickers.Length / 10);
    }

    public int LookbackDays { get; init; } = 126;

    public int TopCount { get; }

    /// <summary>When true the strategy reads bars and scores but never trades: the engine's own per-bar cost.</summary>
    public bool Idle { get; init; }

    public override void Initialize()
    {
        SetStartDate(_start.Year, _start.Month, _start.Day);
        SetCash(1_000_000);
        _symbols = [.. _tickers.Select(t => AddEquity(t).Symbol)];
        _ring = new double[_symbols.Length * (LookbackDays + 1)];
        _scores = new double[_symbols.Length];
        _order = new int[_symbols.Length];
    }

    /// <summary>Stopwatch ticks spent inside OnData (the strategy's share of the run).</summary>
    public long OnDataTicks { get; private set; }

    public override void OnData(Slice slice)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        Score(slice);
        OnDataTicks += System.Diagnostics.Stopwatch.GetTimestamp() - started;
    }

    private void Score(Slice slice)
    {
        var slot = _days % (LookbackDays + 1);
        var oldest = (_days + 1) % (LookbackDays + 1);
        for (var i = 0; i < _symbols.Length; i++)
        {
            var close = slice.TryGetValue(_symbols[i], out var bar) ? bar.Close : _ring[(i * (LookbackDays + 1)) + ((slot + LookbackDays) % (LookbackDays + 1))];
            _ring[(i * (LookbackDays + 1)) + slot] = close;
            var past = _ring[(i * (LookbackDays + 1)) + oldest];
            _scores[i] = past > 0 && close > 0 ? close / past : double.NegativeInfinity;
        }

        _days++;
        var month = slice.Time.Month;
        if (!Idle && month != _lastMonth && _days > LookbackDays)
        {
            _lastMonth = month;
            Rebalance();
        }
    }

    private void Rebalance()
    {
        for (var i = 0; i < _order.Length; i++)
        {
            _order[i] = i;
        }

        // Highest score first; ties by symbol position so the choice is deterministic.
        Array.Sort(_order, (a, b) => _scores[b] != _scores[a] ? _scores[b].CompareTo(_scores[a]) : a.CompareTo(b));
        var targets = new List<PortfolioTarget>(_symbols.Length);
        for (var rank = 0; rank < _order.Length; rank++)
        {
            var i = _order[rank];
            targets.Add(new PortfolioTarget(_symbols[i], rank < TopCount ? 1.0 / TopCount * 0.99 : 0));
        }

        SetHoldings(targets);
    }
}
