namespace Backtest.Engine.Statistics;

/// <summary>
/// LEAN's "Estimated Strategy Capacity" and "Lowest Capacity Asset" (SEMANTICS.md F.7), fed by events instead of
/// reading an algorithm. Per time step call <see cref="OnFill"/> for each fill, <see cref="OnBar"/> for each bar
/// delivered at that step, then <see cref="EndTimeStep"/>; after the last step call it once more with
/// <c>final: true</c>. Times must be in one zone throughout; LEAN uses UTC, which matters for the snapshot dates.
/// <para>
/// LEAN computes in decimal, whose arithmetic costs about as much as the rest of a daily backtest. This estimator runs
/// the model in doubles and keeps a log of its inputs; the printed figure (rounded to thousands, then to two
/// significant digits) comes out the same unless some decision, or the final rounding, is within 1e-9 of its boundary.
/// When one is, the log is replayed through the decimal model, which from then on takes the inputs itself: the answer
/// is always decimal's, and the replay is a rarity (a capacity landing on a rounding boundary to nine digits).
/// </para>
/// Not thread-safe; one run owns one estimator.
/// </summary>
public sealed class CapacityEstimator
{
    [ThreadStatic]
    private static CapacityLog? t_spareLog;

    private readonly DateTime _startDate;
    private readonly DateTime _endDate;
    private CapacityModel<double>? _fast;
    private CapacityModel<decimal>? _exact;
    private CapacityLog? _log;
    private bool _closed;

    /// <summary>Creates an estimator for a run from <paramref name="startDate"/> to <paramref name="endDate"/> (LEAN passes
    /// its EndDate, 23:59:59.9999999 of the last day); snapshots are taken every min(max(days - 1, 1), 7) days, days being
    /// the fractional length of the run, so a 3-day run snapshots on the third date, not the second.</summary>
    public CapacityEstimator(DateTime startDate, DateTime endDate)
        : this(startDate, endDate, exact: false)
    {
    }

    /// <param name="exact">True: decimal throughout, as LEAN (the reference the fast path is tested against).</param>
    internal CapacityEstimator(DateTime startDate, DateTime endDate, bool exact)
    {
        _startDate = startDate;
        _endDate = endDate;
        if (exact)
        {
            _exact = new CapacityModel<decimal>(startDate, endDate);
        }
        else
        {
            _fast = new CapacityModel<double>(startDate, endDate);
            _log = t_spareLog ?? new CapacityLog();
            t_spareLog = null;
            _log.Clear();
        }
    }

    /// <summary>The estimate in account currency, rounded to a multiple of 1000 and then to 2 significant digits
    /// (LEAN's printed value); null while no snapshot has produced one.</summary>
    public decimal? EstimatedCapacity
    {
        get
        {
            if (_exact is not null)
            {
                return Printed(_exact.Capacity);
            }

            var capacity = _fast!.Capacity;
            if (capacity == 0)
            {
                return null;
            }

            // Rounding is monotone, so equal figures at both ends of the tolerance band mean decimal's value, which lies
            // inside it, prints the same.
            var low = Printed((decimal)(capacity * (1 - CapacityTolerance.Relative)));
            var high = Printed((decimal)(capacity * (1 + CapacityTolerance.Relative)));
            if (low == high)
            {
                return low;
            }

            SwitchToExact();
            return Printed(_exact!.Capacity);
        }
    }

    /// <summary>The symbol that limited the latest estimate, or "" when none.</summary>
    public string LowestCapacityAsset => _exact?.LowestCapacityAsset ?? _fast!.LowestCapacityAsset;

    /// <summary>True while some symbol is monitored after a fill, i.e. while <see cref="OnBar"/> can have an effect.</summary>
    public bool IsMonitoring => _exact?.IsMonitoring ?? _fast!.IsMonitoring;

    /// <summary>True when decimal arithmetic took over (see the class summary).</summary>
    internal bool IsExact => _exact is not null;

    /// <summary>True when <see cref="EndTimeStep"/> at <paramref name="time"/> (not final) would take a snapshot, so a
    /// caller can skip computing its arguments on the other steps.</summary>
    public bool IsSnapshotDue(DateTime time) => _exact?.IsSnapshotDue(time) ?? _fast!.IsSnapshotDue(time);

    /// <summary>Records a fill of <paramref name="quantity"/> (signed) at <paramref name="price"/>.</summary>
    public void OnFill(string symbol, DateTime time, double price, double quantity)
    {
        if (Fast() is not { } fast)
        {
            _exact!.OnFill(symbol, time, price, quantity);
            return;
        }

        _log!.Entries.Add(new CapacityLog.Entry(CapacityLog.Kind.Fill, symbol, time, price, quantity, default));
        fast.OnFill(symbol, time, price, quantity);
        CheckCertain();
    }

    /// <summary>Offers a bar delivered at <paramref name="stepTime"/>; ignored unless the symbol is being monitored
    /// after a fill. <paramref name="period"/> is the bar's length (a strict daily bar is 6.5 h).</summary>
    public void OnBar(string symbol, DateTime stepTime, double close, double volume, TimeSpan period) =>
        OfferBar(symbol, stepTime, close, volume, period);

    /// <summary>
    /// <see cref="OnBar"/>, returning whether the symbol is monitored afterwards by the model in charge after the call.
    /// While it is not, its bars change nothing in either model until its next fill, so a caller may stop offering them
    /// (and they need not be logged): as long as the fast model is certain, both models agree on which symbols are
    /// monitored, and a bar that makes it uncertain is answered by the decimal model it hands over to.
    /// </summary>
    internal bool OfferBar(string symbol, DateTime stepTime, double close, double volume, TimeSpan period)
    {
        if (Fast() is not { } fast)
        {
            return _exact!.OnBar(symbol, stepTime, close, volume, period);
        }

        _log!.Entries.Add(new CapacityLog.Entry(CapacityLog.Kind.Bar, symbol, stepTime, close, volume, period));
        var monitored = fast.OnBar(symbol, stepTime, close, volume, period);
        CheckCertain();
        return _exact is null ? monitored : _exact.IsMonitored(symbol);
    }

    /// <summary>Takes a snapshot when the step's date reaches the next snapshot date (or when <paramref name="final"/>).
    /// <paramref name="absoluteHoldingsValue"/> gives |quantity x price| of a symbol's position (0 when flat).</summary>
    public void EndTimeStep(DateTime time, double totalPortfolioValue, Func<string, double> absoluteHoldingsValue, bool final = false)
    {
        if (Fast() is not { } fast)
        {
            _exact!.EndTimeStep(time, totalPortfolioValue, absoluteHoldingsValue, final);
            return;
        }

        if (!final && !fast.IsSnapshotDue(time))
        {
            // Nothing happens in either model on such a step, so the log can leave it out.
            return;
        }

        fast.EndTimeStep(time, totalPortfolioValue, absoluteHoldingsValue, final);
        var holdings = fast.LastHoldings;
        _log!.Entries.Add(new CapacityLog.Entry(final ? CapacityLog.Kind.FinalStep : CapacityLog.Kind.Step, string.Empty, time,
            totalPortfolioValue, holdings.Length, default));
        foreach (var value in holdings)
        {
            _log.Holdings.Add(value);
        }

        CheckCertain();
    }

    /// <summary>The run is over: settles the figure (replaying in decimal if it needs to) and hands the input log back for
    /// the next estimator on this thread. Inputs after this throw; the results stay readable.</summary>
    internal void Close()
    {
        if (_closed)
        {
            return;
        }

        _ = EstimatedCapacity;
        _closed = true;
        if (_log is not null)
        {
            t_spareLog = _log;
            _log = null;
        }
    }

    private CapacityModel<double>? Fast()
    {
        if (_closed)
        {
            throw new InvalidOperationException("The capacity estimator was closed at the end of the run; it takes no more inputs.");
        }

        return _exact is null ? _fast : null;
    }

    private void CheckCertain()
    {
        if (_fast!.Uncertain)
        {
            SwitchToExact();
        }
    }

    /// <summary>Replays every input so far through the decimal model, which takes over from here.</summary>
    private void SwitchToExact()
    {
        var exact = new CapacityModel<decimal>(_startDate, _endDate);
        var log = _log!;
        var reader = new HoldingsReader(log.Holdings);
        foreach (var entry in log.Entries)
        {
            switch (entry.What)
            {
                case CapacityLog.Kind.Fill:
                    exact.OnFill(entry.Symbol, entry.Time, entry.A, entry.B);
                    break;
                case CapacityLog.Kind.Bar:
                    exact.OnBar(entry.Symbol, entry.Time, entry.A, entry.B, entry.Period);
                    break;
                default:
                    reader.Begin((int)entry.B);
                    exact.EndTimeStep(entry.Time, entry.A, reader.Next, entry.What == CapacityLog.Kind.FinalStep);
                    reader.End();
                    break;
            }
        }

        _exact = exact;
        _fast = null;
        // The log is not needed any more; leave it for the next estimator on this thread.
        t_spareLog = log;
        _log = null;
    }

    private static decimal? Printed(decimal capacity) =>
        capacity == 0 ? null : RoundToSignificantDigits(Math.Round(capacity / 1000m) * 1000m, 2);

    private static decimal RoundToSignificantDigits(decimal value, int digits)
    {
        if (value == 0)
        {
            return 0;
        }

        var scale = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)Math.Abs(value))) + 1);
        return scale * Math.Round(value / scale, digits);
    }

    /// <summary>Hands a logged snapshot's holdings to the decimal model. Both models track the same symbols in the same
    /// order (which symbols are tracked depends on fill times and on whether holdings are zero, never on arithmetic), so
    /// the values line up one for one.</summary>
    private sealed class HoldingsReader(List<double> values)
    {
        private int _next;
        private int _end;

        public double Next(string symbol)
        {
            if (_next >= _end)
            {
                throw new InvalidOperationException($"Capacity replay asked for more holdings than were logged (symbol {symbol}).");
            }

            return values[_next++];
        }

        public void Begin(int count) => _end = _next + count;

        public void End() => _next = _end;
    }
}

/// <summary>The inputs a <see cref="CapacityEstimator"/> has taken, for a replay in decimal. Reused across runs on a
/// thread, so a sweep's trials do not allocate one each.</summary>
internal sealed class CapacityLog
{
    public enum Kind : byte
    {
        Fill,
        Bar,
        Step,
        FinalStep,
    }

    /// <summary>One input. A/B: price and quantity (fill), close and volume (bar), portfolio value and the number of
    /// holdings values logged for the step.</summary>
    public readonly record struct Entry(Kind What, string Symbol, DateTime Time, double A, double B, TimeSpan Period);

    public List<Entry> Entries { get; } = [];

    public List<double> Holdings { get; } = [];

    public void Clear()
    {
        Entries.Clear();
        Holdings.Clear();
    }
}
