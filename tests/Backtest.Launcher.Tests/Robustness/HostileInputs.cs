using System.IO.Compression;
using System.Text;
using Backtest.Testing;

namespace Backtest.Launcher.Tests.Robustness;

/// <summary>The catalogue's cases. Paths are relative to the temp folder; messages show it as &lt;tmp&gt;.</summary>
internal static class HostileInputs
{
    private const string Header = "Date,Open,High,Low,Close,Volume\n";
    private const string Row1 = "2024-01-02,100.5,102,100,101.25,1000\n";
    private const string Row2 = "2024-01-03,101.5,103,101,102.25,1010\n";
    private const string Row3 = "2024-01-04,102.5,104,102,103.25,1020\n";
    private const string LeanRows = "20240102 00:00,1005000,1020000,1000000,1012500,1000\n20240103 00:00,1015000,1030000,1010000,1022500,1010\n";
    private const string Config = "config.json";

    public static IReadOnlyList<HostileInput> All { get; } =
    [
        Zip("zip-truncated", "LEAN zip cut in half", Half(Zip("spy.csv", LeanRows + LeanRows.Replace("202401", "202402", StringComparison.Ordinal))), ["spy.zip", "cannot open as a zip archive", "Replace the file with a valid LEAN zip"]),
        Zip("zip-random-bytes", "LEAN zip of random bytes", RandomBytes(512), ["spy.zip", "cannot open as a zip archive", "Replace the file"]),
        Zip("zip-no-entry", "LEAN zip with no entry", EmptyZip(), ["spy.zip", "the zip archive has no entries", "holding one CSV entry"]),
        Zip("zip-bad-row", "LEAN zip whose CSV entry has a bad price", Zip("spy.csv", LeanRows + "20240104 00:00,10x5000,1020000,1000000,1012500,1000\n"), ["spy.zip!spy.csv:3, column open", "not a number", "10x5000"]),
        Csv("csv-missing-column", "CSV without a Close column", "Date,Open,High,Low,Volume\n2024-01-02,100.5,102,100,1000\n", ["X.csv:1", "required columns missing: Close", "Use a header such as"]),
        Csv("csv-short-row", "CSV row with a field missing", Header + Row1 + "2024-01-03,101.5,103,101,102.25\n", ["X.csv:3", "expected 6 fields", "Complete or remove the row"]),
        Csv("csv-bad-number", "CSV with a bad number", Header + Row1 + "2024-01-03,101.5,1O3,101,102.25,1010\n", ["X.csv:3, column High", "not a number", "'1O3'"]),
        Csv("csv-bad-date", "CSV with a bad date", Header + Row1 + "2024-01-32,101.5,103,101,102.25,1010\n", ["X.csv:3, column Date", "not a date in the form yyyy-MM-dd", "'2024-01-32'"]),
        Csv("csv-unsorted", "CSV rows out of date order", Header + Row2 + Row1 + Row3, ["X.csv:3, column Date", "earlier than line 2's", "Sort the file by date"]),
        Csv("csv-duplicate-date", "CSV with a duplicate date", Header + Row1 + Row1 + Row2, ["X.csv:3, column Date", "repeats line 2's", "Remove the duplicate row"]),
        Csv("csv-high-below-low", "CSV with high < low", Header + Row1 + "2024-01-03,101.5,99,101,102.25,1010\n", ["X.csv:3, column High", "high 99 is below low 101", "Swap or correct"]),
        Csv("csv-zero-price", "CSV with a zero price", Header + Row1 + "2024-01-03,101.5,103,0,102.25,1010\n", ["X.csv:3, column Low", "zero or negative", "Replace it with the traded price"]),
        Csv("csv-negative-price", "CSV with a negative price", Header + Row1 + "2024-01-03,-101.5,103,101,102.25,1010\n", ["X.csv:3, column Open", "zero or negative"]),
        Csv("csv-nan", "CSV with NaN", Header + Row1 + "2024-01-03,101.5,103,101,NaN,1010\n", ["X.csv:3, column Close", "NaN or infinite"]),
        Csv("csv-infinity", "CSV with Infinity", Header + Row1 + "2024-01-03,101.5,Infinity,101,102.25,1010\n", ["X.csv:3, column High", "NaN or infinite"]),
        Csv("csv-empty", "empty CSV (0 bytes)", string.Empty, ["X.csv", "the file is empty (no header)", "Write a header"]),
        Csv("csv-header-only", "CSV with a header only", Header, ["X.csv", "no data rows", "Add data rows"]),
        Valid("csv-bom-crlf", "CSV with UTF-8 BOM and CRLF line ends (valid)", "in/X.csv", "\uFEFF" + (Header + Row1 + Row2).Replace("\n", "\r\n", StringComparison.Ordinal), ["BarCsv, 2 rows, 0 warnings"]),
        Valid("rate-gaps", "rate series with blank and '.' values (valid: counted)", "in/DFF.csv", "observation_date,DFF\n2024-01-02,5.33\n2024-01-03,\n2024-01-04,.\n2024-01-05,5.31\n", ["RateCsv, 4 rows", "2 days without observation"]),
        Validate("rate-text-value", "rate series with a text value", "in/DFF.csv", "observation_date,DFF\n2024-01-02,5.33\n2024-01-03,n/a\n", ["DFF.csv:3, column DFF", "not a number", "'n/a'"]),
        Validate("factor-bad-row", "factor file with a bad row", "equity/usa/factor_files/spy.csv", "20100104,0.8,0.25,120.5\n20150102,0.9\n20501231,1,1,0\n", ["spy.csv:2", "expected 3 comma-separated fields", "Complete or remove the row"]),
        Validate("map-bad-date", "map file with a bad date", "equity/usa/map_files/spy.csv", "19980102,spy,P\n2008-01-01,spy,P\n", ["spy.csv:2, column date", "not a date in the form yyyyMMdd", "'2008-01-01'"]),
        Validate("market-hours-malformed", "market-hours JSON that is malformed", "market-hours/market-hours-database.json", "{ \"entries\": { \"Equity-usa-[*]\": { \"monday\": [ } } }", ["market-hours-database.json:1, column", "not valid JSON", "Fix the syntax there"]),
        Validate("market-hours-wrong-shape", "market-hours JSON with a number where a list is due", "market-hours/market-hours-database.json", "{ \"entries\": { \"Equity-usa-[*]\": { \"monday\": 5 } } }", ["market-hours-database.json", "not shaped like LEAN's market-hours database"]),
        new("validate-missing-path", "data validate on a path that does not exist", _ => ["data", "validate", "nope"], 3, ["nope", "no such file or folder"]),
        new("import-one-bad-file", "data import of a folder where one of two files is bad", t => Import(t, ("AAA.csv", Header + Row1 + Row2), ("BBB.csv", Header + Row1 + "2024-01-03,1,x,1,1,1\n")), 3,
            ["BBB.csv:3, column High", "not a number"], Untouched: "lean"),
        new("import-bad-ticker", "data import of a file whose name is not a ticker", t => Import(t, ("my file.csv", Header + Row1)), 3, ["my file.csv", "not a valid ticker", "Rename the file"], Untouched: "lean"),
        new("info-missing-folder", "data info on a folder that does not exist", _ => ["data", "info", "nope"], 3, ["nope", "the data folder does not exist"]),
        Run("config-unknown-key", "config.json with an unknown key", """{ "algorithm-type-name": "A", "data-folder": "data", "end-dat": "2024-01-31" }""", ["config.json: $.end-dat: unknown key; did you mean 'end-date'?"]),
        Run("config-wrong-type", "config.json with a wrong type", """{ "algorithm-type-name": "A", "data-folder": "data", "cash": "lots" }""", ["config.json: $.cash", "lots"]),
        Run("config-malformed", "config.json that is not JSON", "{ \"algorithm-type-name\": \"A\",\n  \"cash\": 100000 100 }", ["config.json:2, column", "not valid JSON", "Fix the syntax there"]),
        Run("config-end-before-start", "config.json with end date before start date", """{ "algorithm-type-name": "A", "data-folder": "data", "start-date": "2024-02-01", "end-date": "2024-01-01" }""", ["config.json: $.end-date", "before the start date 2024-02-01", "Set the end date on or after the start date"]),
        Run("config-missing-data-folder", "config.json naming a data folder that does not exist", """{ "algorithm-type-name": "A", "data-folder": "missing" }""", ["config.json: $.data-folder", "does not exist", "backtest data import"]),
        Run("config-unknown-algorithm", "config.json naming an unknown algorithm", """{ "algorithm-type-name": "StreakRotatoin", "data-folder": "data" }""", ["$.algorithm-type-name: unknown algorithm", "did you mean 'StreakRotation'?", "Known algorithms"]),
        Run("config-unknown-parameter", "config.json with an unknown parameter", """{ "algorithm-type-name": "StreakRotation", "data-folder": "data", "parameters": { "Treshold": "5" } }""", ["$.parameters.Treshold", "Threshold"]),
        new("output-under-a-file", "run whose results folder lies under a regular file (cannot be created; as root the portable stand-in for a read-only folder)",
            t => RealRun(t, "blocker/results"), 5, ["cannot create the temporary result folder <tmp>/blocker/results/StreakRotation-", "check the path, or choose another folder with -o"]),
        new("import-out-under-a-file", "data import whose --out lies under a regular file", t =>
        {
            t.Write("blocker", "a file, not a folder");
            return Import(t, ("AAA.csv", Header + Row1 + Row2))[..^1].Append("blocker/lean").ToArray();
        }, 5, ["cannot write results", "<tmp>/blocker/lean", "choose another folder with -o"]),
        new("sweep-export-disk-full", "sweep whose trials.csv export hits a full disk (real ENOSPC: the export's temporary file links to /dev/full)",
            SweepIntoFullDisk, 5, ["No space left on device", "<tmp>/sweep/trials.csv.tmp", "The disk is full: free space on it, or choose a folder on another disk with -o."]),
        Run("config-out-of-range-parameter", "config.json with an out-of-range parameter", """{ "algorithm-type-name": "StreakRotation", "data-folder": "data", "parameters": { "Threshold": "0" } }""", ["$.parameters.Threshold", "1"]),
    ];

    private static HostileInput Zip(string id, string input, byte[] zip, string[] fragments) =>
        new(id, input, t => WriteBytes(t, "equity/usa/daily/spy.zip", zip), 3, fragments);

    private static HostileInput Csv(string id, string input, string content, string[] fragments) => Validate(id, input, "in/X.csv", content, fragments);

    private static HostileInput Validate(string id, string input, string path, string content, string[] fragments) =>
        new(id, input, t => ["data", "validate", Relative(t, t.Write(path, content))], 3, fragments);

    private static HostileInput Valid(string id, string input, string path, string content, string[] fragments) =>
        new(id, input, t => ["data", "validate", Relative(t, t.Write(path, content))], 0, fragments);

    private static HostileInput Run(string id, string input, string json, string[] fragments, string? Pending = null) =>
        new(id, input, t =>
        {
            Directory.CreateDirectory(t.File("data"));
            t.Write(Config, json);
            return ["run", "--config", Config];
        }, 2, fragments, Untouched: "results", Pending: Pending);

    private static string Sample => RepoPaths.PathOf("Data", "sample").Replace('\\', '/');

    private static string[] RealRun(TempFolder temp, string results)
    {
        temp.Write("blocker", "a file, not a folder");
        temp.Write(Config, $$"""{ "algorithm-type-name": "StreakRotation", "data-folder": "{{Sample}}", "results-destination-folder": "{{results}}" }""");
        return ["run", "--config", Config];
    }

    /// <summary>A two-trial sweep whose csv export's temporary file is a link to /dev/full, so writing it fails with ENOSPC.</summary>
    private static string[] SweepIntoFullDisk(TempFolder temp)
    {
        temp.Write(Config, $$"""
            { "algorithm-type-name": "StreakRotation", "data-folder": "{{Sample}}", "parameters": { "StartYear": "2020" },
              "optimization": { "optimization-strategy": "QuantConnect.Optimizer.Strategies.GridSearchOptimizationStrategy",
                "optimization-criterion": { "target": "Sharpe Ratio", "extremum": "max" },
                "parameters": [ { "name": "Threshold", "min": 3, "max": 4, "step": 1 } ] } }
            """);
        Directory.CreateDirectory(temp.File("sweep"));
        File.CreateSymbolicLink(temp.File("sweep/trials.csv.tmp"), "/dev/full");
        return ["sweep", "--config", Config, "--out", "sweep", "--export", "csv"];
    }

    private static string[] Import(TempFolder temp, params (string Name, string Content)[] files)
    {
        foreach (var (name, content) in files)
        {
            temp.Write(Path.Combine("csv", name), content);
        }

        return ["data", "import", "csv", "--out", "lean"];
    }

    private static string[] WriteBytes(TempFolder temp, string path, byte[] bytes)
    {
        var full = temp.File(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return ["data", "validate", path];
    }

    private static string Relative(TempFolder temp, string full) => Path.GetRelativePath(temp.Path, full);

    private static byte[] Zip(string entryName, string content)
    {
        using var memory = new MemoryStream();
        using (var archive = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var stream = archive.CreateEntry(entryName).Open();
            stream.Write(Encoding.UTF8.GetBytes(content));
        }

        return memory.ToArray();
    }

    private static byte[] EmptyZip()
    {
        using var memory = new MemoryStream();
        using (new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
        }

        return memory.ToArray();
    }

    private static byte[] Half(byte[] bytes) => bytes[..(bytes.Length / 2)];

    /// <summary>Deterministic noise (explicit seed) that does not start with a zip signature.</summary>
    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(20261122).NextBytes(bytes);
        bytes[0] = (byte)'#';
        return bytes;
    }
}
