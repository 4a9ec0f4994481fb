using System.Collections.Immutable;
using System.Text.Json;
using Backtest.Data.Model;
using Backtest.Launcher.Errors;
using Serilog.Events;

namespace Backtest.Launcher.Config;

/// <summary>
/// Binds config.json text to <see cref="LauncherOptions"/>. Keys follow LEAN's launcher names where they mean
/// the same; every key is known (an unknown one fails with the nearest valid key). Relative paths are resolved
/// against the config file's folder, so a config works from any current directory. Comments and trailing
/// commas are accepted, as in LEAN's own config.json. Cross-field checks happen in <see cref="ConfigLoader"/>.
/// </summary>
internal static class ConfigReader
{
    /// <summary>Every top-level key, in the order the docs list them.</summary>
    public static readonly ImmutableArray<string> Keys =
    [
        "algorithm-type-name", "algorithm-language", "data-folder", "data-source", "parameters",
        "results-destination-folder", "close-automatically", "debugging", "log-level", "start-date", "end-date",
        "cash", "benchmark", "resolution", "rates", "sample-data", "optimization",
    ];

    private static readonly (string, DataSourceKind)[] DataSources = [("lean", DataSourceKind.Lean), ("csv", DataSourceKind.Csv)];

    private static readonly (string, Resolution)[] Resolutions =
        [("Daily", Resolution.Daily), ("Hour", Resolution.Hour), ("Minute", Resolution.Minute)];

    private static readonly (string, LogEventLevel)[] LogLevels =
    [
        ("Verbose", LogEventLevel.Verbose), ("Debug", LogEventLevel.Debug), ("Information", LogEventLevel.Information),
        ("Warning", LogEventLevel.Warning), ("Error", LogEventLevel.Error), ("Fatal", LogEventLevel.Fatal),
    ];

    /// <summary>Default options when no config file exists: paths relative to <paramref name="baseDirectory"/>.</summary>
    public static LauncherOptions Defaults(string baseDirectory) => new()
    {
        AlgorithmTypeName = string.Empty,
        DataFolder = Path.GetFullPath("Data/sample", baseDirectory),
        ResultsDestinationFolder = Path.GetFullPath("results", baseDirectory),
    };

    /// <summary>Reads <paramref name="json"/>; <paramref name="source"/> names the file in messages.</summary>
    /// <exception cref="ConfigException">Malformed JSON, an unknown key, a wrong type or an invalid value.</exception>
    public static LauncherOptions Read(string json, string source, string baseDirectory)
    {
        using var document = Parse(json, source);
        var options = Defaults(baseDirectory);
        var root = new ConfigNode(document.RootElement, "$", source);
        foreach (var (key, node) in root.Properties(Keys))
        {
            options = Apply(options, key, node, baseDirectory);
        }

        return options;
    }

    private static JsonDocument Parse(string json, string source)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException error)
        {
            var line = (int)(error.LineNumber ?? 0) + 1;
            var column = (error.BytePositionInLine ?? 0) + 1;
            throw new ConfigException($"{source}:{line}, column {column}: the file is not valid JSON ({error.Message}). Fix the syntax there.", error)
            {
                File = source,
                Line = line,
            };
        }
    }

    private static LauncherOptions Apply(LauncherOptions options, string key, ConfigNode node, string baseDirectory) => key switch
    {
        "algorithm-type-name" => options with { AlgorithmTypeName = node.AsNonEmptyString() },
        "algorithm-language" => options with { AlgorithmLanguage = Language(node) },
        "data-folder" => options with { DataFolder = FullPath(node, baseDirectory) },
        "data-source" => options with { DataSource = node.AsChoice(DataSources) },
        "parameters" => options with { Parameters = Scalars(node) },
        "results-destination-folder" => options with { ResultsDestinationFolder = FullPath(node, baseDirectory) },
        "close-automatically" => options with { CloseAutomatically = node.AsBoolean() },
        "debugging" => Ignore(options, node.AsBoolean()),
        "log-level" => options with { LogLevel = node.AsChoice(LogLevels) },
        "start-date" => options with { StartDate = node.AsDate() },
        "end-date" => options with { EndDate = node.AsDate() },
        "cash" => options with { Cash = node.AsNumber() },
        "benchmark" => options with { Benchmark = node.AsNonEmptyString() },
        "resolution" => options with { Resolution = node.AsChoice(Resolutions) },
        "rates" => options with { Rates = Files(node, baseDirectory) },
        "sample-data" => options with { SampleData = node.AsBoolean() },
        "optimization" => options with { Optimization = OptimizationReader.Read(node) },
        _ => throw new InvalidOperationException("ConfigReader.Keys and ConfigReader.Apply disagree about " + key),
    };

    // LEAN's "debugging" attaches a debugger; there is nothing to do here, but a LEAN config must still load.
    private static LauncherOptions Ignore(LauncherOptions options, bool _) => options;

    private static string Language(ConfigNode node)
    {
        var text = node.AsString();
        return string.Equals(text, "CSharp", StringComparison.Ordinal) ? text
            : throw node.Error(text, "only \"CSharp\" algorithms can run in this engine", "Set algorithm-language to \"CSharp\" (or remove the key)");
    }

    /// <summary>Resolves a path value; text no path can hold (a NUL character) is a config error, not an ArgumentException.</summary>
    private static string FullPath(ConfigNode node, string baseDirectory)
    {
        var text = node.AsNonEmptyString();
        try
        {
            return Path.GetFullPath(text, baseDirectory);
        }
        catch (ArgumentException)
        {
            throw node.Error(text, "not a usable path (it holds a character that no path can hold)", "Write a folder or file path");
        }
    }

    private static ImmutableSortedDictionary<string, string> Scalars(ConfigNode node)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in node.Entries())
        {
            builder.Add(name, value.AsScalarText());
        }

        return builder.ToImmutable();
    }

    private static ImmutableSortedDictionary<string, string> Files(ConfigNode node, string baseDirectory)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in node.Entries())
        {
            builder.Add(name, FullPath(value, baseDirectory));
        }

        return builder.ToImmutable();
    }
}
