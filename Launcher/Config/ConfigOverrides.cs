using System.Collections.Immutable;

namespace Backtest.Launcher.Config;

/// <summary>
/// Values given on the <c>backtest run</c> command line; each non-null one replaces the config.json value.
/// Text is kept raw here so that <see cref="ConfigLoader"/> can report a bad value against its option name.
/// </summary>
internal sealed record ConfigOverrides
{
    /// <summary>--config: the config file; null means ./config.json when present, else built-in defaults.</summary>
    public string? ConfigPath { get; init; }

    /// <summary>--algorithm.</summary>
    public string? Algorithm { get; init; }

    /// <summary>--data-folder (relative to the current directory).</summary>
    public string? DataFolder { get; init; }

    /// <summary>--parameter name=value, repeated, in command-line order; later ones win.</summary>
    public ImmutableArray<string> Parameters { get; init; } = [];

    /// <summary>--start, as written (yyyy-MM-dd).</summary>
    public string? Start { get; init; }

    /// <summary>--end, as written (yyyy-MM-dd).</summary>
    public string? End { get; init; }

    /// <summary>--cash.</summary>
    public double? Cash { get; init; }

    /// <summary>--output: the results destination folder (relative to the current directory).</summary>
    public string? Output { get; init; }

    /// <summary>--log-level, as written.</summary>
    public string? LogLevel { get; init; }

    /// <summary>--no-tear-sheet: the run writes its result files but not tearsheet.html (timed workloads, scripts).</summary>
    public bool NoTearSheet { get; init; }
}
