using System.Runtime.InteropServices;
using Backtest.Engine.Securities;

namespace Backtest.Engine.Backtesting;

/// <summary>
/// LEAN's result-handler sampling (SEMANTICS.md F.1, F.6): daily samples at 00:00, intraday equity samples every
/// ResamplePeriod, and a final sample. Each series accepts only points strictly later than its last one.
/// <para>
/// During the run a sample only notes what it read (portfolio value, sale volume, benchmark price) in a log; the series
/// are built from the log by <see cref="Complete"/> once the run is over, in the same order and by the same arithmetic,
/// so they are what sampling them on the spot gives. The decimal-exact roundings then run in one tight loop instead of
/// between the time steps' work (W1: ~0.3 ms less per 25-year run, benchmarks/analysis.md).
/// </para>
/// </summary>
internal sealed class ResultRecorder
{
    // The log of the thread's previous run, taken by the next recorder on the thread (a sweep's trials allocate none).
    [ThreadStatic]
    private static RawSample[]? t_spareLog;

    private readonly SecurityPortfolioManager _portfolio;
    private readonly BenchmarkFeed _benchmark;
    private readonly DateTime _start;
    private readonly TimeSpan _resamplePeriod;
    private readonly List<TimeSample> _equity;
    private readonly List<TimeSample> _benchmarkSeries;
    private readonly List<TimeSample> _performance;
    private readonly List<TimeSample> _turnover;
    private readonly ResultBufferPool? _pool;
    private readonly DecimalParts _startingParts;
    private DateTime _nextSample = DateTime.MinValue;
    private RawSample[] _log;
    private int _logCount;
    private int _dailyCount;
    private bool _completed;

    /// <param name="expectedSteps">Estimate of the time steps, used to size the sample log and the series once so that
    /// sampling does not allocate inside the loop (a longer run grows them).</param>
    /// <param name="pool">Where to take the series from (a sweep's shared pool), or null to allocate them.</param>
    public ResultRecorder(SecurityPortfolioManager portfolio, BenchmarkFeed benchmark, DateTime start, DateTime end, double startingCapital, int expectedSteps,
        ResultBufferPool? pool = null)
    {
        var days = end == DateTime.MaxValue ? 16 : (int)Math.Min(1_000_000, (end - start).TotalDays + 2);
        var span = TimeSpan.FromTicks((end - start).Ticks / 4000);
        _resamplePeriod = span > TimeSpan.FromMinutes(4) ? span : TimeSpan.FromMinutes(4);
        // Intraday samples are at least one resample period apart, so no more than the period count plus the first.
        var stepSamples = end == DateTime.MaxValue ? expectedSteps : (int)Math.Min(expectedSteps, ((end - start).Ticks / _resamplePeriod.Ticks) + 2);
        var buffers = pool is null ? ResultBuffers.Create(days + stepSamples + 1, days + 1) : pool.Rent(days + stepSamples + 1, days + 1);
        _pool = pool;
        _equity = buffers.Equity;
        _benchmarkSeries = buffers.Benchmark;
        _performance = buffers.Performance;
        _turnover = buffers.Turnover;
        _portfolio = portfolio;
        _benchmark = benchmark;
        _start = start;
        _startingParts = DecimalRounding.Decompose(startingCapital);
        var logCapacity = days + stepSamples + 1;
        _log = t_spareLog is { } spare && spare.Length >= logCapacity ? spare : new RawSample[logCapacity];
        t_spareLog = null;
    }

    /// <summary>The series, once <see cref="Complete"/> has built them.</summary>
    public IReadOnlyList<TimeSample> Equity => Completed(_equity);

    /// <inheritdoc cref="Equity"/>
    public IReadOnlyList<TimeSample> Benchmark => Completed(_benchmarkSeries);

    /// <inheritdoc cref="Equity"/>
    public IReadOnlyList<TimeSample> Performance => Completed(_performance);

    /// <inheritdoc cref="Equity"/>
    public IReadOnlyList<TimeSample> Turnover => Completed(_turnover);

    /// <summary>The run failed and no result will hold the series: pooled ones go back to their pool.</summary>
    public void Abandon()
    {
        ReleaseLog();
        _pool?.Recycle(_equity);
    }

    /// <summary>The 00:00 "Daily Sampling" event; also used for the final sample.</summary>
    public void SampleDaily(DateTime time) => SampleDaily(new ReadOnlySpan<DateTime>(in time));

    /// <summary>Daily samples at consecutive <paramref name="times"/> with nothing run between them: the same readings.</summary>
    public void SampleDaily(ReadOnlySpan<DateTime> times)
    {
        var value = _portfolio.TotalPortfolioValue;
        var volume = _portfolio.TotalSaleVolume;
        var benchmark = _benchmark.RoundedPrice;
        foreach (var time in times)
        {
            Note(new RawSample(time.Ticks, value, volume, benchmark, daily: true));
        }

        _dailyCount += times.Length;
    }

    /// <summary>Intraday equity sample after a time step (ResamplePeriod = max(4 min, (end - start) / 4000)).</summary>
    public void SampleStep(DateTime time)
    {
        if (time > _nextSample)
        {
            _nextSample = time + _resamplePeriod;
            Note(new RawSample(time.Ticks, _portfolio.TotalPortfolioValue, 0, 0, daily: false));
        }
    }

    /// <summary>The run is over (its final sample taken): builds the series from the log and gives the log back to the
    /// thread for the next run. Later samples are refused.</summary>
    public void Complete()
    {
        ThrowIfCompleted();
        var log = _log.AsSpan(0, _logCount);
        // A sample adds at most one point to each series, so each is sized once and written through a span.
        var equity = new SeriesWriter(_equity, log.Length);
        var benchmark = new SeriesWriter(_benchmarkSeries, _dailyCount);
        var performance = new SeriesWriter(_performance, _dailyCount);
        var turnover = new SeriesWriter(_turnover, _dailyCount);

        // One-entry memo of the equity's rounding: on weekends and holidays the daily sample repeats Friday's equity, and
        // a daily sample repeats the step sample before it. The decomposition serves the rounding, today's performance
        // point and tomorrow's.
        var parts = new DecimalParts(double.NaN, 0, 0, false);
        var rounded = 0.0;
        var previousParts = _startingParts;

        // Total sale volume at the latest turnover point and at the one before it (a point replaced at the same timestamp
        // is measured from the one before); zero before any.
        var lastVolume = 0.0;
        var volumeBeforeLast = 0.0;
        foreach (ref readonly var sample in log)
        {
            var time = new DateTime(sample.Ticks);
            var value = sample.Value;
            // Compared as bits: NaN (the initial memo) never matches, and -0.0 is not mistaken for 0.0.
            if (BitConverter.DoubleToInt64Bits(value) != BitConverter.DoubleToInt64Bits(parts.Value))
            {
                parts = DecimalRounding.Decompose(value);
                rounded = DecimalRounding.Round(parts, 4);
            }

            equity.Add(time, rounded);
            if (!sample.Daily)
            {
                continue;
            }

            benchmark.Add(time, sample.Benchmark);
            performance.Add(time, previousParts.Value == 0 ? 0 : DecimalRounding.PercentChange(parts, previousParts));
            previousParts = parts;
            if (time == _start)
            {
                continue;
            }

            if (turnover.RemoveIfLastAt(time))
            {
                // Same timestamp as the previous point: replace it, measured from the volume two points back (F.6).
                lastVolume = volumeBeforeLast;
            }

            var volume = sample.Volume;
            // Most days trade nothing: equal finite volumes differ by +0, and +0 over a positive equity is +0 (no division).
            var fraction = value == 0 || (volume == lastVolume && double.IsFinite(volume) && value > 0) ? 0 : (volume - lastVolume) / value;
            turnover.Add(time, fraction);
            volumeBeforeLast = lastVolume;
            lastVolume = volume;
        }

        equity.Finish();
        benchmark.Finish();
        performance.Finish();
        turnover.Finish();
        _completed = true;
        ReleaseLog();
    }

    private void Note(in RawSample sample)
    {
        ThrowIfCompleted();
        if (_logCount == _log.Length)
        {
            // Only when the run takes more samples than estimated (steps the estimate does not count, such as corporate
            // actions, or no end date): grow like a list.
            Array.Resize(ref _log, Math.Max(16, _log.Length * 2));
        }

        _log[_logCount++] = sample;
    }

    private List<TimeSample> Completed(List<TimeSample> series) =>
        _completed ? series : throw new InvalidOperationException("The sampled series are built when the run completes; read them from the result.");

    private void ThrowIfCompleted()
    {
        if (_completed)
        {
            throw new InvalidOperationException("The run's series are complete; no more samples are taken.");
        }
    }

    private void ReleaseLog()
    {
        if (_log.Length > 0)
        {
            t_spareLog = _log;
            _log = [];
            _logCount = 0;
            _dailyCount = 0;
        }
    }
}

/// <summary>Appends to a series through a span over its spare room: a point is kept only when later than the last one.</summary>
internal ref struct SeriesWriter
{
    private readonly List<TimeSample> _series;
    private readonly Span<TimeSample> _points;
    private int _count;

    /// <param name="room">The most points that will be added.</param>
    public SeriesWriter(List<TimeSample> series, int room)
    {
        _series = series;
        _count = series.Count;
        CollectionsMarshal.SetCount(series, _count + room);
        _points = CollectionsMarshal.AsSpan(series);
    }

    public void Add(DateTime time, double value)
    {
        if (_count == 0 || time > _points[_count - 1].Time)
        {
            _points[_count++] = new TimeSample(time, value);
        }
    }

    /// <summary>Drops the last point when it is at <paramref name="time"/>; true when it did.</summary>
    public bool RemoveIfLastAt(DateTime time)
    {
        if (_count > 0 && _points[_count - 1].Time == time)
        {
            _count--;
            return true;
        }

        return false;
    }

    /// <summary>Sets the series to the points written.</summary>
    public readonly void Finish() => CollectionsMarshal.SetCount(_series, _count);
}

/// <summary>What one sample read: the time, the total portfolio value and, for a daily sample, the total sale volume and
/// the benchmark's rounded price.</summary>
internal readonly struct RawSample(long ticks, double value, double volume, double benchmark, bool daily)
{
    public readonly long Ticks = ticks;
    public readonly double Value = value;
    public readonly double Volume = volume;
    public readonly double Benchmark = benchmark;
    public readonly bool Daily = daily;
}
