namespace Backtest.Launcher.Sweep;

/// <summary>
/// The command line of one <c>backtest sweep</c>: the config file (null: ./config.json), the number of parallel
/// trials (null: maximum-concurrent-backtests, else max(1, processors / 2)), the sweep folder (null: derived under
/// results-destination-folder), the export formats ("csv", "json"; empty: both), the log level override, how many top
/// trials get a tear sheet (null: 5) and whether to only rebuild the report from the store.
/// </summary>
internal sealed record SweepRequest(string? ConfigPath, int? Workers, string? OutputFolder, IReadOnlyList<string> Exports, string? LogLevel,
    int? TopTearSheets = null, bool ReportOnly = false);
