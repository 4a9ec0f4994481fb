using Backtest.Data.Csv;
using Backtest.Testing;

namespace Backtest.Data.Tests.Robustness;

/// <summary>Encodings and line ends that real exports carry are valid input, not errors.</summary>
public sealed class CsvEncodingTests
{
    [Theory]
    [InlineData("\r\n", true)]
    [InlineData("\r\n", false)]
    [InlineData("\n", true)]
    public void Read_BomAndLineEnds_LoadEveryRowWithExactValues(string newline, bool bom)
    {
        using var temp = new TempFolder();
        var text = ValidFixtures.BarCsv(3).Replace("\n", newline, StringComparison.Ordinal);
        var path = temp.File("X.csv");
        File.WriteAllText(path, (bom ? "\uFEFF" : string.Empty) + text);

        var series = CsvBarReader.Read(path);

        // ValidFixtures.BarCsv: row i has open 100.5 + i, high 102 + i, low 100 + i, close 101.25 + i, volume 1000 + 10 i.
        Assert.Equal(CsvBarFormat.Ohlcv, series.Format);
        Assert.Equal([new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 3), new DateOnly(2024, 1, 4)], series.Dates);
        Assert.Equal([101.25, 102.25, 103.25], series.Close);
        Assert.Equal([1000.0, 1010.0, 1020.0], series.Volume);
    }
}
