using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Backtest.Launcher.Config;

namespace Backtest.Launcher.Results;

/// <summary>
/// The deterministic name of a run folder: <c>&lt;algorithm&gt;-&lt;12 hex digits&gt;</c>, where the digits are the
/// start of a SHA-256 over the settings that change a result (algorithm, parameters, dates, cash, benchmark,
/// resolution, data source, rates and the data fingerprint). Same inputs give the same name, so a rerun
/// replaces its own earlier result; paths, log level and the results folder do not take part.
/// </summary>
internal static class RunFolderName
{
    /// <summary>Number of hex digits kept from the hash (48 bits: collisions are negligible per algorithm).</summary>
    public const int HashDigits = 12;

    public static string For(LauncherOptions options, string dataFingerprint) =>
        Sanitize(options.AlgorithmTypeName) + "-" + Hash(options, dataFingerprint);

    /// <summary>The hash digits alone (lowercase hex).</summary>
    public static string Hash(LauncherOptions options, string dataFingerprint)
    {
        var bytes = SHA256.HashData(Canonical(options, dataFingerprint));
        return Convert.ToHexStringLower(bytes)[..HashDigits];
    }

    // JSON with a fixed key order is an unambiguous encoding: no value can fake a separator.
    private static byte[] Canonical(LauncherOptions options, string dataFingerprint)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("algorithm", options.AlgorithmTypeName);
            json.WriteString("language", options.AlgorithmLanguage);
            json.WriteString("data-source", options.DataSource.ToString());
            json.WriteString("data", dataFingerprint);
            json.WriteString("start", options.StartDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("end", options.EndDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("cash", options.Cash?.ToString("R", CultureInfo.InvariantCulture));
            json.WriteString("benchmark", options.Benchmark);
            json.WriteString("resolution", options.Resolution?.ToString());
            json.WriteBoolean("sample-data", options.SampleData);
            WriteMap(json, "parameters", options.Parameters);
            // Rates enter by series and file name; their contents belong in the data fingerprint.
            WriteMap(json, "rates", options.Rates.Select(r => KeyValuePair.Create(r.Key, Path.GetFileName(r.Value))));
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void WriteMap(Utf8JsonWriter json, string name, IEnumerable<KeyValuePair<string, string>> entries)
    {
        json.WriteStartObject(name);
        foreach (var (key, value) in entries)
        {
            json.WriteString(key, value);
        }

        json.WriteEndObject();
    }

    private static string Sanitize(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '_');
        }

        return builder.ToString();
    }
}
