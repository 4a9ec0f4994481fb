using Backtest.Data.Calendar;
using Backtest.Data.Frames;
using Backtest.Data.Model;
using Backtest.Engine.Algorithm;
using Backtest.Engine.Scheduling;
using Backtest.Engine.Securities;

namespace Backtest.Engine.Backtesting;

/// <summary>
/// One run's time loop. Each step is the table of contents of SEMANTICS.md A.6: advance time (firing past scheduled
/// events), update prices, process pending orders, fire due events, corporate actions, OnData, process orders again,
/// sample. Bars become visible only at their end time, so look-ahead is impossible by construction.
/// </summary>
internal sealed class BacktestRun
{
    private readonly QCAlgorithm _algorithm;
    private readonly BarFrame _frame;
    private readonly TradingCalendar _calendar;
    private readonly BacktestOptions _options;
    private readonly Action<DateTime> _setTime;
    private Security[] _securities = [];
    private Symbol[] _handlerSymbols = [];
    private Action<TradeBar>[] _handlers = [];
    private Slice _slice = null!;
    private ResultRecorder _recorder = null!;
    private BenchmarkFeed _benchmark = null!;
    private CorporateActionSchedule _corporate = null!;
    private CapacityTracker _capacity = null!;
    private DateTime _runStart;
    private DateTime _end;
    private int _frameCursor;
    private long _userBars;
    private double _startingCapital;

    public BacktestRun(QCAlgorithm algorithm, BarFrame frame, TradingCalendar calendar, BacktestOptions options)
    {
        _algorithm = algorithm;
        _frame = frame;
        _calendar = calendar;
        _options = options;
        _setTime = algorithm.SetTime;
    }

    public BacktestResult Execute()
    {
        try
        {
            Setup();
            var last = DateTime.MinValue;
            for (var t = NextStepTime(); t <= _end; t = NextStepTime())
            {
                Step(t);
                last = t;
            }

            return Finish(last);
        }
        catch
        {
            // No result will carry the series: series taken from a sweep's pool go back to it (a sweep with many failing
            // trials would otherwise keep every failed trial's series alive).
            if (_recorder is not null)
            {
                _recorder.Abandon();
            }

            throw;
        }
    }

    private void Step(DateTime time)
    {
        AdvanceTime(time);
        UpdatePrices(time);
        ProcessOrders(time);
        _algorithm.Schedule.Fire(time, _setTime, inclusive: true);
        var corporate = ApplyCorporateActions(time);
        UpdateBarHandlers();
        CallOnData(time, corporate);
        ProcessOrders(time);
        Sample(time);
        _slice.Reset();
    }

    private DateTime NextStepTime()
    {
        var next = _frameCursor < _frame.Index.Count ? _frame.Index.EndTimes[_frameCursor] : DateTime.MaxValue;
        var benchmark = _benchmark.NextTime;
        var corporate = _corporate.NextTime;
        if (benchmark < next)
        {
            next = benchmark;
        }

        return corporate < next ? corporate : next;
    }

    private void AdvanceTime(DateTime time)
    {
        _algorithm.Schedule.Fire(time, _setTime, inclusive: false);
        _algorithm.SetTime(time);
        if (_algorithm.IsWarmingUp && time >= _algorithm.StartDate)
        {
            _algorithm.IsWarmingUp = false;
            _algorithm.OnWarmupFinished();
        }
    }

    private void UpdatePrices(DateTime time)
    {
        var ends = _frame.Index.EndTimes;
        if (_frameCursor < ends.Length && ends[_frameCursor] == time)
        {
            for (var p = 0; p < _securities.Length; p++)
            {
                if (_securities[p].Update(_frameCursor))
                {
                    _slice.MarkBar(p);
                    _userBars++;
                }
            }

            _frameCursor++;
        }

        _benchmark.AdvanceTo(time);
    }

    private void ProcessOrders(DateTime time)
    {
        if (!_algorithm.IsWarmingUp)
        {
            _algorithm.Brokerage.Scan(time);
        }
    }

    private bool ApplyCorporateActions(DateTime time) =>
        _corporate.NextTime <= time && _corporate.Apply(time, _algorithm.Portfolio, _slice, _algorithm.Brokerage, _algorithm.Transactions);

    private void UpdateBarHandlers()
    {
        for (var i = 0; i < _handlers.Length; i++)
        {
            if (_slice.TryGetValue(_handlerSymbols[i], out var bar))
            {
                _handlers[i](bar);
            }
        }
    }

    private void CallOnData(DateTime time, bool corporate)
    {
        _slice.Time = time;
        if (corporate)
        {
            if (_slice.Splits.Count > 0)
            {
                _algorithm.OnSplits(_slice.Splits);
            }

            if (_slice.Dividends.Count > 0)
            {
                _algorithm.OnDividends(_slice.Dividends);
            }

            if (_slice.Delistings.Count > 0)
            {
                _algorithm.OnDelistings(_slice.Delistings);
            }
        }

        if (_slice.HasData)
        {
            _algorithm.OnData(_slice);
        }
    }

    private void Sample(DateTime time)
    {
        if (!_algorithm.IsWarmingUp)
        {
            _algorithm.Brokerage.Trades.MarkToMarket(_algorithm.Securities);
            _recorder.SampleStep(time);
            _capacity.EndTimeStep(time);
        }
    }

    private void Setup()
    {
        _algorithm.Attach(_frame, _calendar, _options.Parameters);
        _algorithm.RecordsPlots = _options.RecordPlots;
        _algorithm.AttachCustomData(_options.CustomData);
        _algorithm.Initialize();
        ApplyOverrides();
        if (!_algorithm.StartDateSet || _algorithm.Securities.Count == 0)
        {
            throw new InvalidOperationException("Initialize must call SetStartDate and add at least one security (AddEquity).");
        }

        _algorithm.IsRunning = true;
        // No SetEndDate: LEAN would use today; with no ambient clock we end with the data (its last day, inclusive).
        _end = _algorithm.EndDate != DateTime.MaxValue || _frame.Index.Count == 0
            ? _algorithm.EndDate
            : _frame.Index.EndTimes[^1].Date.AddDays(1).AddTicks(-1);
        _securities = [.. _algorithm.Securities.Values];
        if (_algorithm.Portfolio.AccountType == AccountType.Cash)
        {
            foreach (var s in _securities)
            {
                s.ForceLeverage(1);
            }
        }

        _slice = new Slice(_securities);
        _handlerSymbols = [.. _algorithm.BarHandlers.Select(h => h.Symbol)];
        _handlers = [.. _algorithm.BarHandlers.Select(h => h.Handler)];
        _startingCapital = _algorithm.Portfolio.TotalPortfolioValue;
        _runStart = WarmUpStart();
        _frameCursor = _frame.Index.LowerBound(_runStart);
        while (_frameCursor < _frame.Index.Count && _frame.Index.EndTimes[_frameCursor] <= _runStart)
        {
            _frameCursor++;
        }

        _algorithm.IsWarmingUp = _runStart < _algorithm.StartDate;
        var benchmarkColumns = _options.Benchmark ?? (_frame.TryGet(_algorithm.Benchmark, out var c) ? c : null);
        _benchmark = new BenchmarkFeed(benchmarkColumns, _runStart, _calendar);
        _corporate = CorporateActionSchedule.Build(_securities, _calendar, _runStart, _end, _options.DelistingDates);
        var expectedSteps = _frame.Index.Count - _frameCursor + _benchmark.RemainingBars;
        _recorder = new ResultRecorder(_algorithm.Portfolio, _benchmark, _algorithm.StartDate, _end, _startingCapital, expectedSteps, _options.ResultBuffers);
        // LEAN derives the snapshot period from EndDate as set (23:59:59.9999999 of the last day), so a 3-day run
        // snapshots every ~2 days, not every day.
        _capacity = new CapacityTracker(_securities, _slice, _algorithm.Portfolio, _algorithm.Transactions.OrderEvents, _algorithm.StartDate, _end);
        RegisterInternalEvents();
        _algorithm.SetTime(_runStart);
        // A cache built for another calendar would hand out that calendar's times: use it only with its own. Without one,
        // runs over this calendar share its default cache (the firing times depend only on the calendar and the rules).
        var cache = _options.ScheduleCache is { } shared && ReferenceEquals(shared.Calendar, _calendar) ? shared : ScheduleCache.DefaultFor(_calendar);
        _algorithm.Schedule.Prepare(_algorithm.StartDate, _end, cache);
    }

    private void ApplyOverrides()
    {
        if (_options.StartDateOverride is { } start)
        {
            _algorithm.SetStartDate(start.ToDateTime(TimeOnly.MinValue));
        }

        if (_options.EndDateOverride is { } end)
        {
            _algorithm.SetEndDate(end.ToDateTime(TimeOnly.MinValue));
        }

        if (_options.CashOverride is { } cash)
        {
            _algorithm.SetCash(cash);
        }
    }

    private void RegisterInternalEvents()
    {
        var schedule = _algorithm.Schedule;
        schedule.AddInternal("Daily Sampling", _algorithm.DateRules.EveryDay(), _algorithm.TimeRules.Midnight,
            () => _recorder.SampleDaily(_algorithm.Time), times => _recorder.SampleDaily(times));
        if (_securities.Length == 0 || !_algorithm.OverridesOnEndOfDay)
        {
            return;
        }

        // LEAN registers these events only for algorithms that override OnEndOfDay (its real-time handler checks the
        // method's declaring type). It raises OnEndOfDay per security shortly before the close; 10 minutes is our choice
        // (documented contract).
        // All securities share one exchange calendar, so one event calling them in registration order fires at the
        // same times and in the same order as one event per security, without a per-security scan in every Fire.
        var first = _securities[0].Symbol;
        schedule.AddInternal("EndOfDay", _algorithm.DateRules.EveryDay(first), _algorithm.TimeRules.BeforeMarketClose(first, 10), EndOfDay);
    }

    private void EndOfDay()
    {
        foreach (var security in _securities)
        {
            _algorithm.OnEndOfDay(security.Symbol);
        }
    }

    private DateTime WarmUpStart()
    {
        var start = _algorithm.StartDate;
        if (_algorithm.WarmUpSpan > TimeSpan.Zero)
        {
            return start - _algorithm.WarmUpSpan;
        }

        if (_algorithm.WarmUpBars > 0)
        {
            var first = _frame.Index.LowerBound(start);
            return _frame.Index.StartTimes[Math.Max(0, first - _algorithm.WarmUpBars)];
        }

        return start;
    }

    private BacktestResult Finish(DateTime last)
    {
        _algorithm.OnEndOfAlgorithm();
        if (last != DateTime.MinValue)
        {
            _capacity.Finish(last);
            _recorder.SampleDaily(last);
        }

        _recorder.Complete();

        FlushLogs();
        var portfolio = _algorithm.Portfolio;
        var transactions = _algorithm.Transactions;
        var runtime = new SortedDictionary<string, double>(StringComparer.Ordinal)
        {
            ["Equity"] = portfolio.TotalPortfolioValue,
            ["Fees"] = portfolio.TotalFees,
            ["Holdings"] = portfolio.TotalHoldingsValue,
            ["Net Profit"] = portfolio.TotalNetProfit,
            ["Unrealized"] = portfolio.TotalUnrealizedProfit,
            ["Volume"] = portfolio.TotalSaleVolume,
        };
        var orders = new Collections.ChunkedList<OrderRecord>();
        foreach (var order in transactions.GetOrders())
        {
            orders.Add(OrderRecord.From(order));
        }

        var (capacity, lowestCapacityAsset) = _capacity.Result;
        _algorithm.MarkFinished();
        return new BacktestResult
        {
            StartingCapital = _startingCapital,
            EndEquity = portfolio.TotalPortfolioValue,
            StartDate = _algorithm.StartDate,
            EndDate = _end,
            LastStepTime = last,
            TradingDaysPerYear = _algorithm.Settings.TradingDaysPerYear,
            Orders = orders,
            // As with the logs and plots below: the run is over, so these append-only lists are final; handing them over
            // saves copying thousands of events, records and trades per run.
            OrderEvents = transactions.OrderEvents,
            Equity = _recorder.Equity,
            Benchmark = _recorder.Benchmark,
            Performance = _recorder.Performance,
            PortfolioTurnover = _recorder.Turnover,
            TransactionRecords = transactions.TransactionRecord,
            Trades = _algorithm.Brokerage.Trades.ClosedTrades,
            TotalFees = portfolio.TotalFees,
            DataPoints = _userBars + _benchmark.BarsDelivered + 1,
            // The run is over, so the algorithm's own lists are final: hand them over instead of copying (the plots of a
            // strategy plotting daily are ~1 MB).
            Logs = _algorithm.Logs,
            Plots = _algorithm.Plots,
            RuntimeStatistics = runtime,
            EstimatedCapacity = capacity,
            LowestCapacityAsset = lowestCapacityAsset,
        };
    }

    private void FlushLogs()
    {
        var logger = _options.Logger;
        if (logger is null)
        {
            return;
        }

        foreach (var entry in _algorithm.Logs)
        {
            switch (entry.Kind)
            {
                case LogKind.Error:
                    logger.Error("{AlgorithmTime:O} {Message}", entry.Time, entry.Message);
                    break;
                case LogKind.Debug:
                    logger.Debug("{AlgorithmTime:O} {Message}", entry.Time, entry.Message);
                    break;
                default:
                    logger.Information("{AlgorithmTime:O} {Message}", entry.Time, entry.Message);
                    break;
            }
        }

        logger.Information("Backtest finished: {Orders} orders, end equity {Equity:F2}", _algorithm.Transactions.OrdersCount, _algorithm.Portfolio.TotalPortfolioValue);
    }
}
