namespace Backtest.Data.Import;

/// <summary>What <see cref="CsvImporter"/> wrote for one CSV file.</summary>
/// <param name="Ticker">Upper-case ticker taken from the file name.</param>
/// <param name="SourcePath">The CSV read.</param>
/// <param name="Rows">Bars written.</param>
/// <param name="Basis">What the stored prices are.</param>
/// <param name="FactorRows">Factor-file rows written (0 when no factor file was derived).</param>
/// <param name="FactorSource">"adjusted-close", "dividends" or "none": what the factor file was derived from.</param>
/// <param name="Warnings">Validation problems downgraded to warnings by a lenient import.</param>
public sealed record ImportedSymbol(string Ticker, string SourcePath, int Rows, PriceBasis Basis, int FactorRows, string FactorSource, int Warnings);
