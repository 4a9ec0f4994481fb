using System.Globalization;
using System.Text.Json;
using Backtest.Data.Errors;

namespace Backtest.Report.Input;

/// <summary>Reads a run's <c>result.json</c> (schema "backtest-result/1") into a <see cref="RunResult"/>.</summary>
internal static class ResultReader
{
    public const string Schema = "backtest-result/1";

    /// <summary>Reads <c>result.json</c> from a result folder (or the file itself when a file path is given).</summary>
    /// <exception cref="DataException">The file is missing, is not JSON, has another schema or lacks a required member.</exception>
    public static RunResult Read(string resultFolderOrFile)
    {
        var file = Directory.Exists(resultFolderOrFile) ? Path.Combine(resultFolderOrFile, "result.json") : resultFolderOrFile;
        if (!File.Exists(file))
        {
            throw DataException.InFile(file, "the result file does not exist", "Pass a folder written by `backtest run` (it holds result.json).");
        }

        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
            return Parse(file, doc.RootElement);
        }
        catch (JsonException e)
        {
            throw DataException.InFile(file, "the result file is not valid JSON: " + e.Message, "Rerun the backtest to rewrite it.");
        }
        catch (KeyNotFoundException e)
        {
            throw DataException.InFile(file, e.Message, "The file does not follow schema " + Schema + "; rerun the backtest with this version.");
        }
        catch (FormatException e)
        {
            throw DataException.InFile(file, "a time or number could not be read: " + e.Message, "Times are yyyy-MM-ddTHH:mm:ss; rerun the backtest.");
        }
        catch (InvalidOperationException e)
        {
            throw DataException.InFile(file, "a member has the wrong JSON type: " + e.Message, "The file does not follow schema " + Schema + ".");
        }
    }

    private static RunResult Parse(string file, JsonElement root)
    {
        var schema = Str(root, "schema");
        if (!string.Equals(schema, Schema, StringComparison.Ordinal))
        {
            throw DataException.InFile(file, $"schema is '{schema}', expected '{Schema}'", "Use a Backtest.Report matching the engine that wrote the file.");
        }

        var data = Member(root, "data");
        var period = Member(root, "period");
        var (dates, equity, benchmark) = Daily(file, Member(root, "daily"));
        return new RunResult
        {
            SourceFile = file,
            Algorithm = Str(root, "algorithm"),
            EngineVersion = Str(Member(root, "engine"), "version"),
            Parameters = Pairs(Member(root, "parameters")),
            DataFolder = Str(data, "folder"),
            DataFingerprint = Str(data, "fingerprint"),
            Synthetic = Member(data, "synthetic").GetBoolean(),
            DataNotice = data.TryGetProperty("notice", out var notice) ? notice.GetString() ?? string.Empty : string.Empty,
            PeriodStart = Str(period, "start"),
            PeriodEnd = Str(period, "end"),
            StartingCapital = Num(Member(root, "startingCapital")),
            EndEquity = Num(Member(root, "endEquity")),
            TotalFees = Num(Member(root, "totalFees")),
            TotalOrders = Member(root, "totalOrders").GetInt32(),
            OrderHash = Str(root, "orderHash"),
            Statistics = Pairs(Member(root, "statistics")),
            Extended = Member(root, "extendedStatistics").EnumerateObject().ToDictionary(p => p.Name, p => Num(p.Value), StringComparer.Ordinal),
            RiskFreeRate = root.TryGetProperty("riskFreeRate", out var rf) ? Num(rf) : double.NaN,
            Orders = Member(root, "orders").EnumerateArray().Select(ReadOrder).ToArray(),
            Trades = Member(root, "trades").EnumerateArray().Select(ReadTrade).ToArray(),
            Dates = dates,
            Equity = equity,
            Benchmark = benchmark,
            Plots = Plots(Member(root, "plots")),
        };
    }

    private static (DateOnly[] Dates, double[] Equity, double[] Benchmark) Daily(string file, JsonElement daily)
    {
        var n = daily.GetArrayLength();
        var dates = new DateOnly[n];
        var equity = new double[n];
        var benchmark = new double[n];
        var i = 0;
        foreach (var row in daily.EnumerateArray())
        {
            var text = row[0].GetString() ?? string.Empty;
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out dates[i])
                || (i > 0 && dates[i] <= dates[i - 1]))
            {
                throw DataException.InFile(file, $"daily[{i}][0] is '{text}', not an ascending yyyy-MM-dd date", "Rerun the backtest to rewrite the file.");
            }

            equity[i] = Num(row[1]);
            benchmark[i] = Num(row[2]);
            i++;
        }

        return (dates, equity, benchmark);
    }

    private static PlotSeries[] Plots(JsonElement plots)
    {
        var list = new List<PlotSeries>();
        foreach (var chart in plots.EnumerateObject().OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            foreach (var series in chart.Value.EnumerateObject().OrderBy(s => s.Name, StringComparer.Ordinal))
            {
                var points = series.Value.EnumerateArray().ToArray();
                var times = points.Select(p => Time(p[0])).ToArray();
                var values = points.Select(p => Num(p[1])).ToArray();
                list.Add(new PlotSeries(chart.Name, series.Name, times, values));
            }
        }

        return list.ToArray();
    }

    private static OrderRow ReadOrder(JsonElement o) => new(
        Member(o, "id").GetInt32(),
        Time(Member(o, "time")),
        Str(o, "symbol"),
        Str(o, "type"),
        Num(Member(o, "quantity")),
        Str(o, "status"),
        o.TryGetProperty("fillTime", out var fill) ? Time(fill) : null,
        Num(Member(o, "fillPrice")),
        Num(Member(o, "fee")),
        o.TryGetProperty("tag", out var tag) ? tag.GetString() ?? string.Empty : string.Empty);

    private static TradeRow ReadTrade(JsonElement t) => new(
        Str(t, "symbol"),
        Str(t, "direction"),
        Time(Member(t, "entryTime")),
        Num(Member(t, "entryPrice")),
        Time(Member(t, "exitTime")),
        Num(Member(t, "exitPrice")),
        Num(Member(t, "quantity")),
        Num(Member(t, "profitLoss")),
        Num(Member(t, "fees")),
        Num(Member(t, "mae")),
        Num(Member(t, "mfe")));

    private static JsonElement Member(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) ? value : throw new KeyNotFoundException($"member '{name}' is missing");

    private static string Str(JsonElement obj, string name) => Member(obj, name).GetString() ?? string.Empty;

    private static double Num(JsonElement e) => e.ValueKind == JsonValueKind.Null ? double.NaN : e.GetDouble();

    private static DateTime Time(JsonElement e) =>
        DateTime.ParseExact(e.GetString() ?? string.Empty, "yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);

    private static KeyValuePair<string, string>[] Pairs(JsonElement obj) =>
        obj.EnumerateObject().Select(p => new KeyValuePair<string, string>(p.Name, p.Value.GetString() ?? string.Empty)).ToArray();
}
