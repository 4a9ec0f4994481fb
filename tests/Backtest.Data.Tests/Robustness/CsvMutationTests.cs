using Backtest.Data.Csv;
using Backtest.Data.Errors;
using Backtest.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace Backtest.Data.Tests.Robustness;

/// <summary>
/// Single mutations of a valid bar CSV: the error names the line that was changed (and the column, where the change
/// is inside one field). File line = data row index + 2 (line 1 is the header).
/// </summary>
public sealed class CsvMutationTests : IDisposable
{
    private const int Rows = 20;
    private static readonly string[] Columns = ["Date", "Open", "High", "Low", "Close", "Volume"];

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Read_OneFieldCharacterReplacedByLetter_ErrorNamesLineAndColumn()
    {
        var cases = from row in Gen.Choose(0, Rows - 1)
                    from field in Gen.Choose(0, Columns.Length - 1)
                    from position in Gen.Choose(0, 20)
                    select (row, field, position);
        Fuzz.Check(Arb.From(cases), c =>
        {
            var lines = DataLines();
            var fields = lines[c.row].Split(',');
            var at = c.position % fields[c.field].Length;
            fields[c.field] = string.Concat(fields[c.field].AsSpan(0, at), "x", fields[c.field].AsSpan(at + 1));
            lines[c.row] = string.Join(',', fields);

            var e = ReadExpectingError(lines);
            return e.Line == c.row + 2 && e.Column == Columns[c.field] && e.Message.Contains($"X.csv:{c.row + 2}, column {Columns[c.field]}:", StringComparison.Ordinal);
        }, cases: 200);
    }

    [Fact]
    public void Read_OneColumnDropped_ErrorNamesLine()
    {
        var cases = from row in Gen.Choose(0, Rows - 1)
                    from field in Gen.Choose(0, Columns.Length - 1)
                    select (row, field);
        Fuzz.Check(Arb.From(cases), c =>
        {
            var lines = DataLines();
            lines[c.row] = string.Join(',', lines[c.row].Split(',').Where((_, i) => i != c.field));

            var e = ReadExpectingError(lines);
            return e.Line == c.row + 2 && e.Message.Contains("expected 6 fields", StringComparison.Ordinal);
        }, cases: 200);
    }

    [Fact]
    public void Read_TwoAdjacentRowsSwapped_ErrorNamesTheSecondLineAndTheFirst()
    {
        Fuzz.Check(Arb.From(Gen.Choose(0, Rows - 2)), row =>
        {
            var lines = DataLines();
            (lines[row], lines[row + 1]) = (lines[row + 1], lines[row]);

            var e = ReadExpectingError(lines);
            // The earlier date now sits on file line row + 3, right after line row + 2.
            return e.Line == row + 3 && e.Message.Contains($"earlier than line {row + 2}'s", StringComparison.Ordinal);
        }, cases: 100);
    }

    [Fact]
    public void Read_OneDigitFlipped_LoadsOrErrorNamesTheChangedLine()
    {
        var cases = from row in Gen.Choose(0, Rows - 1)
                    from position in Gen.Choose(0, 60)
                    from digit in Gen.Choose(0, 9)
                    select (row, position, digit);
        Fuzz.Check(Arb.From(cases), c =>
        {
            var lines = DataLines();
            var digits = lines[c.row].Select((ch, i) => (ch, i)).Where(p => char.IsAsciiDigit(p.ch)).Select(p => p.i).ToArray();
            var at = digits[c.position % digits.Length];
            lines[c.row] = string.Concat(lines[c.row].AsSpan(0, at), ((char)('0' + c.digit)).ToString(), lines[c.row].AsSpan(at + 1));

            var path = temp.Write("X.csv", ValidFixtures.BarCsv(0) + string.Join('\n', lines) + "\n");
            try
            {
                return CsvBarReader.Read(path).Count == Rows;
            }
            catch (DataException e)
            {
                // A later date can collide with the next row: then the next line is blamed and names this one.
                var changed = c.row + 2;
                return e.Line == changed || (e.Line == changed + 1 && e.Message.Contains($"line {changed}'s", StringComparison.Ordinal));
            }
        }, cases: 300);
    }

    private static string[] DataLines() => ValidFixtures.BarCsv(Rows).TrimEnd('\n').Split('\n')[1..];

    private DataException ReadExpectingError(string[] lines)
    {
        var path = temp.Write("X.csv", ValidFixtures.BarCsv(0) + string.Join('\n', lines) + "\n");
        return Assert.Throws<DataException>(() => CsvBarReader.Read(path));
    }
}
