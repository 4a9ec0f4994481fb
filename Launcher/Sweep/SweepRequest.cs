namespace Backtest.Launcher.Sweep;

/// <summary>
/// The command line of one <c>backtest sweep</c>: the config file (null: ./config.json), the number of parallel
/// trials (null: maximum-concurrent-backtests, else max(1, processors / 2)), the sweep folder (null: derived under
/// results-destination-folder), the export formats ("csv", "json"; empty: both) and the log level override.
/// </summary>
internal sealed record SweepRequest(string? ConfigPath, int? Workers, string? OutputFolder, IReadOnlyList<string> Exports, string? LogLevel);
