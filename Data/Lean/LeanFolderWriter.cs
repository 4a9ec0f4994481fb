using System.Globalization;
using System.Text;
using Backtest.Data.Model;

namespace Backtest.Data.Lean;

/// <summary>
/// Writes data in LEAN's folder layout (../shared/data/lean/README.md) under a root folder, byte-for-byte
/// deterministic: UTF-8 without BOM, LF line endings, invariant culture, zip entries stamped 2000-01-01 00:00
/// with a fixed compression level.
/// Number policy: prices in bar files are integer deci-cents (dollars x 10,000, rounded half away from zero);
/// volumes are integers (rounded half away from zero). Factor-file numbers are printed in shortest round-trip
/// form of the value as given (the caller rounds: <see cref="RoundPriceFactor"/> and <see cref="RoundSplitFactor"/>),
/// never in exponent notation. Existing files are overwritten.
/// </summary>
internal static class LeanFolderWriter
{
    /// <summary>Terminal factor-file and map-file date: "still listed, no further actions".</summary>
    public static readonly DateOnly EndOfTime = new(2050, 12, 31);

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Price factors are kept to 7 decimal places, as in LEAN's own factor files.</summary>
    public static double RoundPriceFactor(double value) => Math.Round(value, 7, MidpointRounding.AwayFromZero);

    /// <summary>Split factors are kept to 9 significant digits (LEAN prints 1/112 as 0.00892857).</summary>
    public static double RoundSplitFactor(double value) =>
        value == 0 ? 0 : double.Parse(value.ToString("G9", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>Writes equity/usa/daily/&lt;ticker&gt;.zip with a single entry &lt;ticker&gt;.csv (lower case); returns the path.</summary>
    public static string WriteDailyBars(string root, string ticker, IReadOnlyList<Bar> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        using var writer = DailyBarWriter(root, ticker);
        foreach (var bar in bars)
        {
            writer.Add(bar.Time, bar.Open, bar.High, bar.Low, bar.Close, bar.Volume);
        }

        return writer.Path;
    }

    /// <summary>A streaming writer for equity/usa/daily/&lt;ticker&gt;.zip (entry &lt;ticker&gt;.csv, lower case).</summary>
    public static LeanDailyBarWriter DailyBarWriter(string root, string ticker)
    {
        var lower = ticker.ToLowerInvariant();
        return new LeanDailyBarWriter(Path.Combine(root, "equity", "usa", "daily", lower + ".zip"), lower + ".csv");
    }

    /// <summary>Writes equity/usa/factor_files/&lt;ticker&gt;.csv; rows must be ascending and end with 20501231,1,1,0.</summary>
    public static string WriteFactorFile(string root, string ticker, IReadOnlyList<FactorFileRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var sb = new StringBuilder();
        foreach (var row in rows)
        {
            sb.Append(Date(row.Date)).Append(',')
              .Append(Number(row.PriceFactor)).Append(',')
              .Append(Number(row.SplitFactor)).Append(',')
              .Append(Number(row.ReferencePrice)).Append('\n');
        }

        var path = Path.Combine(root, "equity", "usa", "factor_files", ticker.ToLowerInvariant() + ".csv");
        WriteText(path, sb.ToString());
        return path;
    }

    /// <summary>Writes equity/usa/map_files/&lt;ticker&gt;.csv with lower-case tickers; an empty exchange code is left out (the column is optional).</summary>
    public static string WriteMapFile(string root, string ticker, IReadOnlyList<LeanMapRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var sb = new StringBuilder();
        foreach (var row in rows)
        {
            sb.Append(Date(row.Date)).Append(',').Append(row.Ticker.ToLowerInvariant());
            if (row.Exchange.Length > 0)
            {
                sb.Append(',').Append(row.Exchange);
            }

            sb.Append('\n');
        }

        var path = Path.Combine(root, "equity", "usa", "map_files", ticker.ToLowerInvariant() + ".csv");
        WriteText(path, sb.ToString());
        return path;
    }

    /// <summary>Writes alternative/interest-rate/usa/interest-rate.csv: header DATE,PCREDIT8 then change points in percent.</summary>
    public static string WriteInterestRate(string root, IReadOnlyList<(DateOnly Date, double Percent)> changePoints)
    {
        ArgumentNullException.ThrowIfNull(changePoints);
        var sb = new StringBuilder("DATE,PCREDIT8\n");
        foreach (var (date, percent) in changePoints)
        {
            sb.Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',').Append(Number(percent)).Append('\n');
        }

        var path = Path.Combine(root, "alternative", "interest-rate", "usa", "interest-rate.csv");
        WriteText(path, sb.ToString());
        return path;
    }

    /// <summary>Writes a UTF-8 (no BOM) text file, creating its folder. The text must already use LF line endings.</summary>
    public static void WriteText(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, Utf8NoBom.GetBytes(text));
    }

    /// <summary>Shortest round-trip invariant form, never in exponent notation.</summary>
    public static string Number(double value)
    {
        var s = value.ToString("R", CultureInfo.InvariantCulture);
        return s.Contains('E', StringComparison.Ordinal)
            ? value.ToString("0.#################", CultureInfo.InvariantCulture)
            : s;
    }

    private static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
