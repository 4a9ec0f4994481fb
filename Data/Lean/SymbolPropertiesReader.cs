using Backtest.Data.Errors;
using Backtest.Data.Validation;

namespace Backtest.Data.Lean;

/// <summary>
/// Reads the US-equity default row (<c>usa,[*],equity,...</c>) of LEAN's symbol-properties-database.csv. Every other
/// line (header, '#' comments, blanks, other markets, quoted descriptions) is tolerated and not interpreted.
/// </summary>
public static class SymbolPropertiesReader
{
    /// <exception cref="DataException">The usa equity row is missing or its numbers cannot be parsed.</exception>
    public static SymbolProperties ReadUsaEquity(string path)
    {
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (!text.StartsWith("usa,[*],equity,", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var f = FieldParser.Fields(path, line, text, 8, "market,symbol,type,description,quote_currency,contract_multiplier,minimum_price_variation,lot_size");
            return new SymbolProperties(
                f[4].Trim(),
                FieldParser.Number(path, line, "contract_multiplier", f[5].Trim()),
                FieldParser.Number(path, line, "minimum_price_variation", f[6].Trim()),
                FieldParser.Number(path, line, "lot_size", f[7].Trim()));
        }

        throw DataException.InFile(path, "no 'usa,[*],equity' row found", "Restore symbol-properties-database.csv from LEAN's data folder.");
    }
}
