using System.Collections.Concurrent;

namespace Backtest.Engine.Backtesting;

/// <summary>
/// Reuses the sampled series of finished runs (equity, benchmark, performance, turnover: ~16 bytes per calendar day
/// each, some 600 KB for 25 years) for the next run, so a sweep of thousands of trials does not allocate them afresh
/// every time. They are large-object-heap arrays, so allocating them per trial costs zeroing, gen-2 collections and
/// page faults that, on 2 cores, were a larger share of a sweep than the trials' own arithmetic.
/// <para>
/// Opt in with <see cref="BacktestOptions.ResultBuffers"/>; hand a result back with <see cref="Return"/> once nothing
/// reads it any more (its series are then cleared and refilled by a later run). Thread-safe: the trials of a parallel
/// sweep share one pool. A result that did not come from this pool is ignored by <see cref="Return"/>. Results are the
/// same with or without a pool; only where the numbers are stored changes.
/// </para>
/// </summary>
public sealed class ResultBufferPool
{
    private readonly ConcurrentBag<ResultBuffers> _free = [];

    // The series lent to runs, by their equity list: Return finds a result's buffers from that list alone, so the
    // result type needs no hidden field.
    private readonly ConcurrentDictionary<object, ResultBuffers> _lent = new(ReferenceEqualityComparer.Instance);

    /// <summary>Series sets currently waiting for a run (for tests and diagnostics).</summary>
    public int Available => _free.Count;

    /// <summary>
    /// Takes back the series of <paramref name="result"/> for reuse. The caller must not read the result's
    /// <see cref="BacktestResult.Equity"/>, <see cref="BacktestResult.Benchmark"/>, <see cref="BacktestResult.Performance"/>
    /// or <see cref="BacktestResult.PortfolioTurnover"/> afterwards. A result from elsewhere, or returned twice, is ignored.
    /// </summary>
    public void Return(BacktestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Release(result.Equity);
    }

    /// <summary>Takes back the series (found by their equity list) of a run that failed before producing a result.</summary>
    internal void Recycle(IReadOnlyList<TimeSample> equity) => Release(equity);

    internal ResultBuffers Rent(int equityCapacity, int dailyCapacity)
    {
        if (!_free.TryTake(out var buffers))
        {
            buffers = new ResultBuffers();
        }

        buffers.EnsureCapacity(equityCapacity, dailyCapacity);
        _lent[buffers.Equity] = buffers;
        return buffers;
    }

    private void Release(object equitySeries)
    {
        if (_lent.TryRemove(equitySeries, out var buffers))
        {
            buffers.Clear();
            _free.Add(buffers);
        }
    }
}

/// <summary>The growable series one <see cref="ResultRecorder"/> writes into.</summary>
internal sealed class ResultBuffers
{
    public List<TimeSample> Equity { get; } = [];

    public List<TimeSample> Benchmark { get; } = [];

    public List<TimeSample> Performance { get; } = [];

    public List<TimeSample> Turnover { get; } = [];

    public static ResultBuffers Create(int equityCapacity, int dailyCapacity)
    {
        var buffers = new ResultBuffers();
        buffers.EnsureCapacity(equityCapacity, dailyCapacity);
        return buffers;
    }

    public void EnsureCapacity(int equityCapacity, int dailyCapacity)
    {
        Equity.EnsureCapacity(equityCapacity);
        Benchmark.EnsureCapacity(dailyCapacity);
        Performance.EnsureCapacity(dailyCapacity);
        Turnover.EnsureCapacity(dailyCapacity);
    }

    public void Clear()
    {
        Equity.Clear();
        Benchmark.Clear();
        Performance.Clear();
        Turnover.Clear();
    }
}
