using System.Globalization;
using Backtest.Launcher.Errors;
using Serilog.Events;

namespace Backtest.Launcher.Config;

/// <summary>
/// Produces the effective <see cref="LauncherOptions"/> of a run: reads config.json, applies command-line
/// overrides, then checks the values against each other and the file system. Every failure is a
/// <see cref="ConfigException"/> naming the config path or the command-line option responsible.
/// </summary>
internal static class ConfigLoader
{
    /// <summary>The config file looked for in the current directory when --config is not given.</summary>
    public const string DefaultFileName = "config.json";

    /// <summary>Loads, overrides and validates. <paramref name="currentDirectory"/> anchors command-line paths.</summary>
    /// <exception cref="ConfigException">Any config or override problem.</exception>
    public static LauncherOptions Load(ConfigOverrides overrides, string currentDirectory)
    {
        var (options, source) = ReadFile(overrides.ConfigPath, currentDirectory);
        options = ApplyOverrides(options, overrides, currentDirectory);
        Validate(options, overrides, source);
        return options;
    }

    private static (LauncherOptions Options, string? Source) ReadFile(string? explicitPath, string currentDirectory)
    {
        var path = Path.GetFullPath(explicitPath ?? DefaultFileName, currentDirectory);
        if (!File.Exists(path))
        {
            return explicitPath is null ? (ConfigReader.Defaults(currentDirectory), null)
                : throw ConfigException.At(null, "--config", explicitPath, $"the config file {path} does not exist", "Check the path, or leave --config out to use ./config.json");
        }

        return (ConfigReader.Read(File.ReadAllText(path), path, Path.GetDirectoryName(path)!), path);
    }

    /// <summary>Applies each given override; later --parameter values replace earlier ones and config values.</summary>
    public static LauncherOptions ApplyOverrides(LauncherOptions options, ConfigOverrides overrides, string currentDirectory)
    {
        var parameters = options.Parameters;
        foreach (var assignment in overrides.Parameters)
        {
            var (name, value) = SplitParameter(assignment);
            parameters = parameters.SetItem(name, value);
        }

        return options with
        {
            AlgorithmTypeName = overrides.Algorithm ?? options.AlgorithmTypeName,
            DataFolder = overrides.DataFolder is null ? options.DataFolder : Path.GetFullPath(overrides.DataFolder, currentDirectory),
            ResultsDestinationFolder = overrides.Output is null ? options.ResultsDestinationFolder : Path.GetFullPath(overrides.Output, currentDirectory),
            Parameters = parameters,
            StartDate = overrides.Start is null ? options.StartDate : Date("--start", overrides.Start),
            EndDate = overrides.End is null ? options.EndDate : Date("--end", overrides.End),
            Cash = overrides.Cash ?? options.Cash,
            LogLevel = overrides.LogLevel is null ? options.LogLevel : Level(overrides.LogLevel),
            TearSheet = options.TearSheet && !overrides.NoTearSheet,
        };
    }

    private static (string Name, string Value) SplitParameter(string assignment)
    {
        var at = assignment.IndexOf('=', StringComparison.Ordinal);
        return at > 0 ? (assignment[..at].Trim(), assignment[(at + 1)..].Trim())
            : throw ConfigException.At(null, "--parameter", assignment, $"expected name=value, found '{assignment}'", "Write it like --parameter lookback=63");
    }

    private static DateOnly Date(string option, string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
            : throw ConfigException.At(null, option, text, $"expected a date as yyyy-MM-dd, found '{text}'", $"Write it like {option} 2020-01-31");

    /// <summary>Parses a Serilog level name, ignoring case.</summary>
    public static LogEventLevel Level(string text) =>
        Enum.TryParse<LogEventLevel>(text, ignoreCase: true, out var level) && Enum.IsDefined(level) && !char.IsDigit(text[0]) ? level
            : throw ConfigException.At(null, "--log-level", text, $"unknown log level '{text}'", "Use one of Verbose, Debug, Information, Warning, Error, Fatal");

    private static void Validate(LauncherOptions options, ConfigOverrides overrides, string? source)
    {
        if (options.AlgorithmTypeName.Length == 0)
        {
            throw ConfigException.At(source, "$.algorithm-type-name", null, "no algorithm is named",
                "Set \"algorithm-type-name\" in config.json or pass --algorithm <ClassName>");
        }

        if (options is { StartDate: { } start, EndDate: { } end } && end < start)
        {
            var (endName, startName) = (overrides.End is null ? "$.end-date" : "--end", overrides.Start is null ? "$.start-date" : "--start");
            throw ConfigException.At(Blame(source, endName), endName, Iso(end), $"the end date {Iso(end)} is before the start date {Iso(start)} ({startName})",
                "Set the end date on or after the start date");
        }

        if (options.Cash is { } cash && !(cash > 0))
        {
            var name = overrides.Cash is null ? "$.cash" : "--cash";
            throw ConfigException.At(Blame(source, name), name, cash.ToString("R", CultureInfo.InvariantCulture), "the starting cash must be greater than zero",
                "Set a positive amount in account currency, e.g. 100000");
        }

        if (!options.SampleData && !Directory.Exists(options.DataFolder))
        {
            var name = overrides.DataFolder is null ? "$.data-folder" : "--data-folder";
            throw ConfigException.At(Blame(source, name), name, options.DataFolder, $"the data folder {options.DataFolder} does not exist",
                "Point data-folder at an existing folder, create one with 'backtest data import' or 'backtest data generate', or set \"sample-data\": true");
        }
    }

    private static string? Blame(string? source, string name) => name.StartsWith('$') ? source : null;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
