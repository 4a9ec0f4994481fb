using Backtest.Data.Errors;
using Backtest.Data.Validation;

namespace Backtest.Data.Lean;

/// <summary>
/// Reads LEAN factor files (<c>equity/usa/factor_files/&lt;ticker&gt;.csv</c>, rows
/// <c>yyyyMMdd,priceFactor,splitFactor,referencePrice</c>). Like LEAN's parser, rows containing "inf" or "e+"
/// and rows whose priceFactor x splitFactor is &lt;= 0 are skipped; the count is reported, not hidden.
/// </summary>
public static class FactorFileReader
{
    /// <summary>Reads a factor file; the ticker is the upper-cased file name without extension.</summary>
    /// <exception cref="DataException">A row cannot be parsed, dates are not ascending, or no usable row remains.</exception>
    public static FactorFile Read(string path) => Read(path, out _);

    /// <inheritdoc cref="Read(string)"/>
    /// <param name="path">The factor file.</param>
    /// <param name="skippedRows">Rows LEAN ignores ("inf", "e+", non-positive factor product).</param>
    public static FactorFile Read(string path, out int skippedRows)
    {
        var rows = new List<FactorFileRow>();
        skippedRows = 0;
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (text.Trim().Length == 0)
            {
                continue;
            }

            if (text.Contains("inf", StringComparison.OrdinalIgnoreCase) || text.Contains("e+", StringComparison.OrdinalIgnoreCase))
            {
                skippedRows++;
                continue;
            }

            var f = FieldParser.Fields(path, line, text, 3, "yyyyMMdd,priceFactor,splitFactor,referencePrice");
            var date = FieldParser.Date(path, line, "date", f[0].Trim(), "yyyyMMdd");
            var price = FieldParser.Number(path, line, "priceFactor", f[1].Trim());
            var split = FieldParser.Number(path, line, "splitFactor", f[2].Trim());
            var reference = f.Length > 3 ? FieldParser.Number(path, line, "referencePrice", f[3].Trim()) : 0.0;
            if (price * split <= 0)
            {
                skippedRows++;
                continue;
            }

            if (rows.Count > 0 && date <= rows[^1].Date)
            {
                throw DataException.At(path, line, "date", f[0], "dates must be strictly ascending", "Sort the factor file by date and remove duplicates.");
            }

            rows.Add(new FactorFileRow(date, price, split, reference));
        }

        if (rows.Count == 0)
        {
            throw DataException.InFile(path, "the factor file has no usable rows", "Restore the file from the data provider or delete it (no file means factor 1).");
        }

        return new FactorFile(Path.GetFileNameWithoutExtension(path).ToUpperInvariant(), rows);
    }
}
