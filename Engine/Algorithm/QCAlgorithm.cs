using Backtest.Data.Calendar;
using Backtest.Data.Frames;
using Backtest.Data.Model;
using Backtest.Engine.Orders;
using Backtest.Engine.Orders.Fills;
using Backtest.Engine.Scheduling;
using Backtest.Engine.Securities;

namespace Backtest.Engine.Algorithm;

/// <summary>
/// Base class of strategies, with LEAN's names and shapes. Override <see cref="Initialize"/> (subscriptions, dates, cash,
/// schedules) and <see cref="OnData"/>. An instance runs once, in one engine; it is not thread-safe.
/// </summary>
[System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(Kept)]
public abstract partial class QCAlgorithm
{
    // What reflection reads of every algorithm class, kept by a trimmed (Native AOT) build: the members the parameter
    // binder scans, and the public methods (the engine asks whether OnEndOfDay is overridden).
    private const System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes Kept =
        Parameters.ParameterBinder.Scanned | System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicMethods;

    private readonly EngineClock _clock = new();
    private readonly Collections.ChunkedList<LogEntry> _logs = new();
    // A strategy plotting five series daily records ~32,000 points over 25 years: chunked, so growing never copies them,
    // and stored without references (see PlotList).
    private readonly Collections.PlotList _plots = new();
    private readonly HashSet<string> _warnedOnce = new(StringComparer.Ordinal);
    private readonly List<(Symbol Symbol, Action<TradeBar> Handler)> _barHandlers = [];
    private BarFrame? _frame;
    private TradingCalendar? _calendar;
    private IReadOnlyDictionary<string, string> _parameters = new Dictionary<string, string>();
    private SecurityExchange? _exchange;
    private DateRules? _dateRules;
    private TimeRules? _timeRules;
    private ScheduleManager? _schedule;

    protected QCAlgorithm()
    {
        Securities = new SecurityManager();
        Portfolio = new SecurityPortfolioManager(Securities);
        Transactions = new SecurityTransactionManager();
        Settings = new AlgorithmSettings();
        Brokerage = new BacktestingBrokerage(Securities, Portfolio, Transactions, Settings);
    }

    public SecurityManager Securities { get; }

    public SecurityPortfolioManager Portfolio { get; }

    public SecurityTransactionManager Transactions { get; }

    public AlgorithmSettings Settings { get; }

    /// <summary>Current algorithm time (New York).</summary>
    public DateTime Time => _clock.Now;

    /// <summary>First day of the backtest, 00:00.</summary>
    public DateTime StartDate { get; private set; } = new(1998, 1, 1);

    /// <summary>Last instant of the backtest (the end date's 23:59:59.9999999); when never set, the run ends with the data's last day.</summary>
    public DateTime EndDate { get; private set; } = DateTime.MaxValue;

    public bool IsWarmingUp { get; internal set; }

    /// <summary>The benchmark symbol (default SPY).</summary>
    public Symbol Benchmark { get; private set; } = Symbol.Create("SPY");

    public ScheduleManager Schedule => _schedule ?? throw NotAttached();

    public DateRules DateRules => _dateRules ?? throw NotAttached();

    public TimeRules TimeRules => _timeRules ?? throw NotAttached();

    /// <summary>Messages written with Debug/Log/Error, in order.</summary>
    public IReadOnlyList<LogEntry> Logs => _logs;

    public IReadOnlyList<PlotPoint> Plots => _plots;

    /// <summary>
    /// False when the run does not keep plots (<c>BacktestOptions.RecordPlots</c>, set by sweeps): Plot then does
    /// nothing, so a strategy may skip computing values it only plots.
    /// </summary>
    public bool RecordsPlots { get; internal set; } = true;

    /// <summary>Handlers registered with <see cref="RegisterBarHandler"/>, in registration order.</summary>
    internal IReadOnlyList<(Symbol Symbol, Action<TradeBar> Handler)> BarHandlers => _barHandlers;

    internal int WarmUpBars { get; private set; }

    internal TimeSpan WarmUpSpan { get; private set; }

    /// <summary>True when this algorithm's class (or a base between it and QCAlgorithm) overrides
    /// <see cref="OnEndOfDay(Symbol)"/>. LEAN registers the end-of-day events only then, and so does the engine.</summary>
    internal bool OverridesOnEndOfDay =>
        GetType().GetMethod(nameof(OnEndOfDay), [typeof(Symbol)]) is not { } method || method.DeclaringType != typeof(QCAlgorithm);

    internal bool StartDateSet { get; private set; }

    /// <summary>True once Initialize has returned and the time loop owns the algorithm.</summary>
    internal bool IsRunning { get; set; }

    /// <summary>True once the engine has built the result (see <see cref="MarkFinished"/>).</summary>
    internal bool IsFinished { get; private set; }

    internal EngineClock Clock => _clock;

    internal BacktestingBrokerage Brokerage { get; }

    internal TradingCalendar Calendar => _calendar ?? throw NotAttached();

    internal BarFrame Frame => _frame ?? throw NotAttached();

    /// <summary>Sets up the run: subscriptions, dates, cash, schedules.</summary>
    public abstract void Initialize();

    /// <summary>Called with every time step that carries data (bars, dividends or splits).</summary>
    public virtual void OnData(Slice slice)
    {
    }

    public virtual void OnOrderEvent(OrderEvent orderEvent)
    {
    }

    /// <summary>Called once per trading day per security, 10 minutes before the close (or at the next step after it).</summary>
    public virtual void OnEndOfDay(Symbol symbol)
    {
    }

    public virtual void OnEndOfAlgorithm()
    {
    }

    public virtual void OnDividends(IReadOnlyDictionary<Symbol, Dividend> dividends)
    {
    }

    public virtual void OnSplits(IReadOnlyDictionary<Symbol, Split> splits)
    {
    }

    public virtual void OnDelistings(IReadOnlyDictionary<Symbol, Delisting> delistings)
    {
    }

    public virtual void OnWarmupFinished()
    {
    }

    public void SetStartDate(int year, int month, int day) => SetStartDate(new DateTime(year, month, day));

    public void SetStartDate(DateTime start)
    {
        StartDate = start.Date;
        StartDateSet = true;
    }

    public void SetEndDate(int year, int month, int day) => SetEndDate(new DateTime(year, month, day));

    /// <summary>The end date is inclusive: the run ends at its 23:59:59.9999999.</summary>
    public void SetEndDate(DateTime end) => EndDate = end.Date.AddDays(1).AddTicks(-1);

    public void SetCash(double cash) => Portfolio.SetCash(cash);

    public void SetBenchmark(Symbol symbol) => Benchmark = symbol;

    public void SetBenchmark(string ticker) => Benchmark = Symbol.Create(ticker);

    /// <summary>Runs the algorithm over <paramref name="bars"/> bars of the data resolution before the start date.</summary>
    public void SetWarmUp(int bars) => WarmUpBars = bars;

    public void SetWarmUp(TimeSpan span) => WarmUpSpan = span;

    /// <summary>Selects the account type; a cash account forces leverage 1 and forbids shorts.</summary>
    public void SetBrokerageModel(BrokerageName brokerage, AccountType accountType = AccountType.Margin) =>
        Portfolio.AccountType = accountType;

    /// <summary>
    /// Subscribes an equity of the loaded data. <paramref name="leverage"/> 0 means the default (2 in a margin account).
    /// </summary>
    /// <exception cref="InvalidOperationException">The ticker is not in the data, or the resolution differs from the data's.</exception>
    public Security AddEquity(
        string ticker,
        Resolution resolution = Resolution.Daily,
        DataNormalizationMode dataNormalizationMode = DataNormalizationMode.Adjusted,
        double leverage = 0,
        bool fillForward = true)
    {
        if (IsRunning)
        {
            throw new InvalidOperationException($"AddEquity(\"{ticker}\"): securities can only be added in Initialize.");
        }

        var symbol = Symbol.Create(ticker);
        if (Securities.TryGetValue(symbol, out var existing))
        {
            return existing;
        }

        if (!Frame.TryGet(symbol, out var columns))
        {
            throw new InvalidOperationException($"AddEquity(\"{ticker}\"): the loaded data has no {symbol}. Add its file to the data folder or the run's symbol list.");
        }

        if (resolution != Frame.Index.Resolution)
        {
            throw new InvalidOperationException($"AddEquity(\"{ticker}\", {resolution}): the loaded data is {Frame.Index.Resolution}; load {resolution} data or subscribe at {Frame.Index.Resolution}.");
        }

        var security = new Security(symbol, columns, resolution, dataNormalizationMode, fillForward, _exchange!, Frame);
        if (leverage > 0)
        {
            security.SetLeverage(leverage);
        }

        Securities.Add(security);
        return security;
    }

    /// <summary>
    /// Runs <paramref name="handler"/> with every bar of <paramref name="symbol"/> (filled-forward bars included, as LEAN's
    /// consolidators see them) after corporate actions and before OnData, in registration order. This is the hook for
    /// automatically updated indicators (LEAN's RegisterIndicator). Register in Initialize.
    /// </summary>
    public void RegisterBarHandler(Symbol symbol, Action<TradeBar> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        if (IsRunning)
        {
            throw new InvalidOperationException("Bar handlers can only be registered in Initialize.");
        }

        _barHandlers.Add((symbol, handler));
    }

    /// <summary>Reads a run parameter (config.json "parameters"), or <paramref name="defaultValue"/> when absent.</summary>
    public string GetParameter(string name, string defaultValue) => _parameters.TryGetValue(name, out var v) ? v : defaultValue;

    public string? GetParameter(string name) => _parameters.TryGetValue(name, out var v) ? v : null;

    public int GetParameter(string name, int defaultValue) =>
        _parameters.TryGetValue(name, out var v) ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : defaultValue;

    public double GetParameter(string name, double defaultValue) =>
        _parameters.TryGetValue(name, out var v) ? double.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : defaultValue;

    public decimal GetParameter(string name, decimal defaultValue) =>
        _parameters.TryGetValue(name, out var v) ? decimal.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : defaultValue;

    public void Debug(string message) => AddLog(LogKind.Debug, message);

    public void Log(string message) => AddLog(LogKind.Log, message);

    public void Error(string message) => AddLog(LogKind.Error, message);

    public void Plot(string chart, string series, double value)
    {
        if (RecordsPlots)
        {
            ThrowIfFinished();
            _plots.Add(chart, series, Time, value);
        }
    }

    /// <summary>
    /// The last <paramref name="bars"/> real bars of <paramref name="symbol"/> that ended at or before now, oldest first
    /// (filled-forward periods are skipped). Prices in the security's normalization mode.
    /// </summary>
    public IReadOnlyList<TradeBar> History(Symbol symbol, int bars)
    {
        var security = Securities[symbol];
        var columns = security.Columns;
        var ends = columns.Index.EndTimes;
        var last = Array.BinarySearch(ends, Time);
        last = last >= 0 ? last : ~last - 1;
        var result = new List<TradeBar>(bars);
        for (var i = last; i >= 0 && result.Count < bars; i--)
        {
            if (columns.Presence[i] == BarPresence.Present)
            {
                ref readonly var p = ref security.BarAt(i);
                result.Add(new TradeBar(symbol, columns.Index.StartTimes[i], ends[i], p.Open, p.High, p.Low, p.Close, p.Volume, false));
            }
        }

        result.Reverse();
        return result;
    }

    internal void Attach(BarFrame frame, TradingCalendar calendar, IReadOnlyDictionary<string, string> parameters)
    {
        _frame = frame;
        _calendar = calendar;
        _parameters = parameters;
        _exchange = new SecurityExchange(calendar, _clock);
        _dateRules = new DateRules(calendar);
        _timeRules = new TimeRules(calendar);
        _schedule = new ScheduleManager(_clock);
        Transactions.EventSink = OnOrderEvent;
    }

    internal void SetTime(DateTime time)
    {
        _clock.Now = time;
        Transactions.Now = time;
    }

    /// <summary>Called when the result has been built: it holds the algorithm's own logs, plots and order lists, so
    /// nothing may be added to them afterwards.</summary>
    internal void MarkFinished()
    {
        IsFinished = true;
        Transactions.Close();
    }

    private void AddLog(LogKind kind, string message)
    {
        ThrowIfFinished();
        _logs.Add(new LogEntry(Time, kind, message));
    }

    private void ThrowIfFinished()
    {
        if (IsFinished)
        {
            throw new InvalidOperationException(
                "The backtest is over and its result holds the algorithm's logs and plots: call Debug, Log, Error and Plot only while it runs.");
        }
    }

    internal void DebugOnce(string key, string message)
    {
        if (_warnedOnce.Add(key))
        {
            Debug(message);
        }
    }

    /// <summary>As <see cref="DebugOnce(string, string)"/>, formatting the message only the first time: for warnings on
    /// paths taken thousands of times per run (pass a static lambda, so no closure is allocated either).</summary>
    internal void DebugOnce(string key, Func<QCAlgorithm, string> message)
    {
        if (_warnedOnce.Add(key))
        {
            Debug(message(this));
        }
    }

    private static InvalidOperationException NotAttached() =>
        new("The algorithm is not attached to an engine yet; use this member in Initialize or later.");
}
