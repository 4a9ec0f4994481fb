using System.Collections.Immutable;
using Backtest.Data.Model;
using Serilog.Events;

namespace Backtest.Launcher.Config;

/// <summary>
/// The effective settings of one <c>backtest run</c>: config.json with command-line overrides applied and
/// validated. Paths are absolute. Optional values are null when neither config nor command line set them;
/// the algorithm's own choice (SetStartDate, SetCash, SetBenchmark) then applies.
/// </summary>
internal sealed record LauncherOptions
{
    /// <summary>The algorithm class name (LEAN key <c>algorithm-type-name</c>).</summary>
    public required string AlgorithmTypeName { get; init; }

    /// <summary>Always "CSharp" (LEAN key <c>algorithm-language</c>); other languages are rejected.</summary>
    public string AlgorithmLanguage { get; init; } = "CSharp";

    /// <summary>Absolute path of the data folder (LEAN key <c>data-folder</c>).</summary>
    public required string DataFolder { get; init; }

    /// <summary>The data folder's layout.</summary>
    public DataSourceKind DataSource { get; init; } = DataSourceKind.Lean;

    /// <summary>Algorithm parameters, name to invariant text, ordinal order (LEAN key <c>parameters</c>).</summary>
    public ImmutableSortedDictionary<string, string> Parameters { get; init; } = ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);

    /// <summary>Absolute path of the folder that receives one sub-folder per run (LEAN key <c>results-destination-folder</c>).</summary>
    public required string ResultsDestinationFolder { get; init; }

    /// <summary>Exit without waiting for a key press (LEAN key <c>close-automatically</c>); we never wait, kept for compatibility.</summary>
    public bool CloseAutomatically { get; init; } = true;

    /// <summary>Minimum level written to the console and the run's log.txt.</summary>
    public LogEventLevel LogLevel { get; init; } = LogEventLevel.Information;

    /// <summary>Overrides the algorithm's start date (inclusive), or null.</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary>Overrides the algorithm's end date (inclusive), or null.</summary>
    public DateOnly? EndDate { get; init; }

    /// <summary>Overrides the algorithm's starting cash in account currency (USD), or null; greater than zero.</summary>
    public double? Cash { get; init; }

    /// <summary>Overrides the algorithm's benchmark ticker, or null.</summary>
    public string? Benchmark { get; init; }

    /// <summary>Overrides the algorithm's data resolution, or null.</summary>
    public Resolution? Resolution { get; init; }

    /// <summary>Interest-rate series: series name (e.g. "DFF") to absolute file path, ordinal order.</summary>
    public ImmutableSortedDictionary<string, string> Rates { get; init; } = ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);

    /// <summary>Write tearsheet.html beside the result files (default); off with --no-tear-sheet.</summary>
    public bool TearSheet { get; init; } = true;

    /// <summary>Run on the embedded sample data set; the data folder then need not exist yet.</summary>
    public bool SampleData { get; init; }

    /// <summary>The optimizer settings (our <c>optimization</c> block), or null when absent. Not used yet.</summary>
    public OptimizationOptions? Optimization { get; init; }
}
