using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Backtest.Launcher.Config;
using Backtest.Launcher.Errors;
using Backtest.Optimizer.Store;

namespace Backtest.Launcher.Sweep;

/// <summary>
/// The effective definition of a sweep, saved as sweep.json in its folder when the sweep starts so the folder
/// describes itself: the algorithm, the data (folder, source, resolution, benchmark) and period (start and end date,
/// cash; null when the config left them to the algorithm), the config's fixed parameters, the store's identity, how
/// many top trials get tear sheets, and the optimization block in config.json's own keys (objective, constraints,
/// parameters, search, walk-forward). <c>backtest report &lt;sweep folder&gt;</c> rebuilds the plan from it through the same
/// reader and plan builder a config goes through, so the rebuilt report equals the sweep's.
/// </summary>
internal sealed record SweepDefinition(
    string AlgorithmTypeName,
    string Algorithm,
    string DataFolder,
    SweepDefinition.RunSettings Run,
    ImmutableSortedDictionary<string, string> Parameters,
    SweepIdentity Identity,
    int TopTearSheets,
    OptimizationOptions Block)
{
    /// <summary>The definition's file name inside a sweep folder.</summary>
    public const string FileName = "sweep.json";

    private const int Format = 1;

    private const string Remedy = "Run 'backtest sweep --config <the sweep's config> --out <this folder>' (with --report-only unless it is a "
        + "walk-forward): stored trials are reused, the report is rewritten and the definition saved";

    /// <summary>The config's data and period settings a trial runs with; null where the config set nothing.</summary>
    public sealed record RunSettings(string DataSource, string? Resolution, string? Benchmark, DateOnly? StartDate, DateOnly? EndDate, double? Cash);

    /// <summary>The definition of a sweep run from <paramref name="options"/>.</summary>
    public static SweepDefinition From(LauncherOptions options, string algorithm, SweepIdentity identity, int topTearSheets) => new(
        options.AlgorithmTypeName, algorithm, options.DataFolder,
        new RunSettings(options.DataSource.ToString(), options.Resolution?.ToString(), options.Benchmark, options.StartDate, options.EndDate, options.Cash),
        options.Parameters, identity, topTearSheets, options.Optimization!);

    /// <summary>Writes sweep.json into <paramref name="folder"/> atomically; the same definition gives the same bytes.</summary>
    public void Write(string folder)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("format", Format);
            w.WriteString("algorithm-type-name", AlgorithmTypeName);
            w.WriteString("algorithm", Algorithm);
            w.WriteString("data-folder", DataFolder);
            WriteRun(w, Run);
            w.WriteStartObject("parameters");
            foreach (var (name, value) in Parameters)
            {
                w.WriteString(name, value);
            }

            w.WriteEndObject();
            w.WriteStartObject("identity");
            w.WriteString("data-fingerprint", Identity.DataFingerprint);
            w.WriteString("strategy-name", Identity.StrategyName);
            w.WriteString("strategy-version", Identity.StrategyVersion);
            w.WriteString("engine-version", Identity.EngineVersion);
            w.WriteEndObject();
            w.WriteNumber("tear-sheets", TopTearSheets);
            w.WritePropertyName("optimization");
            SweepDefinitionBlock.Write(w, Block);
            w.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        AtomicFile.Write(Path.Combine(folder, FileName), buffer.ToArray());
    }

    /// <summary>Reads sweep.json from <paramref name="folder"/>.</summary>
    /// <exception cref="ConfigException">The file is missing (a sweep from before definitions were saved) or malformed.</exception>
    public static SweepDefinition Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            throw ConfigException.At(null, "report", folder, $"the sweep folder {folder} has no {FileName} (it was made before sweeps saved their definition)",
                Remedy);
        }

        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = doc.RootElement;
            var identity = Get(root, "identity");
            return new SweepDefinition(
                String(root, "algorithm-type-name"),
                String(root, "algorithm"),
                String(root, "data-folder"),
                ReadRun(root),
                Get(root, "parameters").EnumerateObject().ToImmutableSortedDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal),
                new SweepIdentity(String(identity, "data-fingerprint"), String(identity, "strategy-name"),
                    String(identity, "strategy-version"), String(identity, "engine-version")),
                Get(root, "tear-sheets").GetInt32(),
                OptimizationReader.Read(new ConfigNode(Get(root, "optimization"), "$.optimization", path)));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw ConfigException.At(path, "$", null, "the sweep definition is malformed: " + e.Message.TrimEnd('.'), "Restore it. " + Remedy);
        }
    }

    private static void WriteRun(Utf8JsonWriter w, RunSettings run)
    {
        w.WriteString("data-source", run.DataSource);
        Optional(w, "resolution", run.Resolution);
        Optional(w, "benchmark", run.Benchmark);
        Optional(w, "start-date", run.StartDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Optional(w, "end-date", run.EndDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (run.Cash is { } cash)
        {
            w.WriteNumber("cash", cash);
        }
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static RunSettings ReadRun(JsonElement root)
    {
        string? Text(string name) => root.TryGetProperty(name, out var e) ? e.GetString() : null;
        DateOnly? Date(string name) => Text(name) is { } t ? DateOnly.ParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        return new RunSettings(String(root, "data-source"), Text("resolution"), Text("benchmark"), Date("start-date"), Date("end-date"),
            root.TryGetProperty("cash", out var cash) ? cash.GetDouble() : null);
    }

    private static string String(JsonElement element, string name) =>
        Get(element, name).GetString() ?? throw new FormatException($"the key \"{name}\" is null");

    /// <summary>The value of a required key; a missing key is named in the error.</summary>
    private static JsonElement Get(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value : throw new FormatException($"the key \"{name}\" is missing");
}
