using Backtest.Data.Calendar;
using Backtest.Data.Csv;
using Backtest.Data.Errors;
using Backtest.Data.Validation;
using Backtest.Testing;

namespace Backtest.Data.Tests.Validation;

/// <summary>Every validation error path, driven through CsvBarReader so file, line, column and raw text are real.</summary>
public sealed class BarValidatorTests
{
    private const string Header = "Date,Open,High,Low,Close,Volume\n";
    private const string Good = "2024-01-02,10,11,9,10.5,100\n";

    [Theory]
    [InlineData("2024-01-03,10,11,9,abc,100\n", "Close", "abc", "not a number")]
    [InlineData("2024-13-03,10,11,9,10,100\n", "Date", "2024-13-03", "not a date")]
    [InlineData("2024-01-03,10,9,11,10,100\n", "High", "2024-01-03,10,9,11,10,100", "below low")]
    [InlineData("2024-01-03,12,11,9,10,100\n", "Open", "2024-01-03,12,11,9,10,100", "open lies outside [low, high]")]
    [InlineData("2024-01-03,10,11,9,8,100\n", "Close", "2024-01-03,10,11,9,8,100", "close lies outside [low, high]")]
    [InlineData("2024-01-03,10,11,-1,10,100\n", "Low", "2024-01-03,10,11,-1,10,100", "zero or negative")]
    [InlineData("2024-01-03,10,11,0,10,100\n", "Low", "2024-01-03,10,11,0,10,100", "zero or negative")]
    [InlineData("2024-01-03,NaN,11,9,10,100\n", "Open", "2024-01-03,NaN,11,9,10,100", "NaN or infinite")]
    [InlineData("2024-01-03,10,Infinity,9,10,100\n", "High", "2024-01-03,10,Infinity,9,10,100", "NaN or infinite")]
    [InlineData("2024-01-03,10,11,9,10,-5\n", "Volume", "2024-01-03,10,11,9,10,-5", "volume is negative")]
    [InlineData("2024-01-01,10,11,9,10,100\n", "Date", "2024-01-01,10,11,9,10,100", "earlier than line 2")]
    [InlineData("2024-01-02,10,11,9,10,100\n", "Date", "2024-01-02,10,11,9,10,100", "repeats line 2")]
    public void Read_BadSecondRow_ThrowsNamingFileLineColumnAndText(string row, string column, string raw, string problem)
    {
        using var temp = new TempFolder();
        var path = temp.Write("X.csv", Header + Good + row);

        var e = Assert.Throws<DataException>(() => CsvBarReader.Read(path));

        Assert.Equal(path, e.File);
        Assert.Equal(3, e.Line);
        Assert.Equal(column, e.Column);
        Assert.Equal(raw, e.RawText);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{path}:3, column {column}: ", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData(Header, "no data rows")]
    public void Read_EmptyOrHeaderOnly_Throws(string content, string problem)
    {
        using var temp = new TempFolder();
        var path = temp.Write("X.csv", content);

        var e = Assert.Throws<DataException>(() => CsvBarReader.Read(path));

        Assert.Equal(path, e.File);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingCloseColumn_NamesTheColumn()
    {
        using var temp = new TempFolder();
        var path = temp.Write("X.csv", "Date,Open,High,Low,Volume\n2024-01-02,1,1,1,1\n");

        var e = Assert.Throws<DataException>(() => CsvBarReader.Read(path));

        Assert.Equal(1, e.Line);
        Assert.Contains("required columns missing: Close", e.Message, StringComparison.Ordinal);
        Assert.Equal("Date,Open,High,Low,Volume", e.RawText);
    }

    [Fact]
    public void Read_GapLongerThanThreshold_ThrowsWithCount()
    {
        using var temp = new TempFolder();
        // 2024-01-02 (Tue) -> 2024-01-12 (Fri): 7 weekdays missing (3,4,5,8,9,10,11).
        var path = temp.Write("X.csv", Header + Good + "2024-01-12,10,11,9,10,100\n");
        var options = ValidationOptions.Strict with { Calendar = Weekdays() };

        var e = Assert.Throws<DataException>(() => CsvBarReader.Read(path, options));

        Assert.Equal(3, e.Line);
        Assert.Equal("Date", e.Column);
        Assert.Contains("7 trading days are missing between 2024-01-02 and 2024-01-12 (more than 5)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_GapWithinThresholdOrOverHolidays_IsAccepted()
    {
        using var temp = new TempFolder();
        var path = temp.Write("X.csv", Header + Good + "2024-01-12,10,11,9,10,100\n");
        // With 3,4,5 as holidays only 4 trading days are missing.
        var calendar = new TradingCalendar([new DateOnly(2024, 1, 3), new DateOnly(2024, 1, 4), new DateOnly(2024, 1, 5)], new Dictionary<DateOnly, TimeOnly>(), new TimeOnly(9, 30), new TimeOnly(16, 0));

        var s = CsvBarReader.Read(path, ValidationOptions.Strict with { Calendar = calendar });

        Assert.Equal(2, s.Count);
    }

    [Fact]
    public void Read_LenientOptions_CountWarningsAndKeepRows()
    {
        using var temp = new TempFolder();
        var path = temp.Write("X.csv", Header + Good + "2024-01-03,12,11,9,10,100\n2024-01-04,10,9,11,10,100\n2024-01-15,10,11,9,10,100\n"); // 6 weekdays missing: 5, 8..12

        var s = CsvBarReader.Read(path, ValidationOptions.Lenient with { Calendar = Weekdays() });

        Assert.Equal(4, s.Count);
        Assert.Equal(1, s.Report.Count(ValidationCheck.OpenCloseOutsideRange));
        Assert.Equal(1, s.Report.Count(ValidationCheck.HighBelowLow));
        Assert.Equal(1, s.Report.Count(ValidationCheck.MissingTradingDays));
        Assert.Contains(":3, column Open", s.Report.Warnings[0].Message, StringComparison.Ordinal);
        Assert.Equal(12, s.Open[1]);
    }

    [Fact]
    public void Read_ZeroVolume_IsValid()
    {
        using var temp = new TempFolder();
        var path = temp.Write("X.csv", Header + Good + "2024-01-03,10,10,10,10,0\n");

        Assert.Equal(0, CsvBarReader.Read(path).Volume[1]);
    }

    private static TradingCalendar Weekdays() =>
        new([], new Dictionary<DateOnly, TimeOnly>(), new TimeOnly(9, 30), new TimeOnly(16, 0));
}
