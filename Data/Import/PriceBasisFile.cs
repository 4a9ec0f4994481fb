using System.Globalization;
using System.Text;
using Backtest.Data.Errors;
using Backtest.Data.Lean;

namespace Backtest.Data.Import;

/// <summary>
/// Reads and writes <c>price-basis.csv</c> at the root of an imported LEAN folder: header <c>ticker,basis</c>,
/// one row per ticker with basis <c>raw</c> or <c>adjusted</c>. A folder without the file is LEAN's own: all raw.
/// </summary>
public static class PriceBasisFile
{
    public const string FileName = "price-basis.csv";

    /// <summary>The recorded bases by upper-case ticker; empty when the folder has no price-basis.csv.</summary>
    /// <exception cref="DataException">A row is malformed.</exception>
    public static IReadOnlyDictionary<string, PriceBasis> Read(string dataFolder)
    {
        var path = Path.Combine(dataFolder, FileName);
        var result = new Dictionary<string, PriceBasis>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return result;
        }

        var lines = File.ReadAllLines(path);
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split(',');
            PriceBasis basis;
            if (parts.Length != 2 || !TryParse(parts[1].Trim(), out basis))
            {
                throw DataException.At(path, i + 1, "basis", line, "expected 'ticker,raw' or 'ticker,adjusted'", "Fix the row or delete the file if every zip holds as-traded prices.");
            }

            result[parts[0].Trim().ToUpperInvariant()] = basis;
        }

        return result;
    }

    internal static void Write(string dataFolder, IEnumerable<KeyValuePair<string, PriceBasis>> bases)
    {
        var sb = new StringBuilder("ticker,basis\n");
        foreach (var (ticker, basis) in bases.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            sb.Append(ticker.ToUpperInvariant()).Append(',').Append(basis == PriceBasis.Raw ? "raw" : "adjusted").Append('\n');
        }

        LeanFolderWriter.WriteText(Path.Combine(dataFolder, FileName), sb.ToString());
    }

    private static bool TryParse(string text, out PriceBasis basis)
    {
        switch (text.ToLower(CultureInfo.InvariantCulture))
        {
            case "raw":
                basis = PriceBasis.Raw;
                return true;
            case "adjusted":
                basis = PriceBasis.Adjusted;
                return true;
            default:
                basis = default;
                return false;
        }
    }
}
