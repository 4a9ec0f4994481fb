using Backtest.Data.Errors;
using Backtest.Optimizer.Objectives;

namespace Backtest.Optimizer.Tests.Objectives;

public sealed class StatisticReaderTests
{
    [Theory]
    [InlineData("28.200%", "0.282")]
    [InlineData("-3.5%", "-0.035")]
    [InlineData("1.234", "1.234")]
    [InlineData("$12.50", "12.50")]
    [InlineData(" 7 ", "7")]
    public void Parse_LeanText_Decimal(string text, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), StatisticReader.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("QQQ R735QTJ8XC9X")]
    [InlineData("%")]
    public void Parse_NotANumber_Null(string text)
    {
        Assert.Null(StatisticReader.Parse(text));
    }

    [Theory]
    [InlineData("Sharpe Ratio")]
    [InlineData("sharpe ratio")]
    [InlineData("Statistics.Sharpe Ratio")]
    [InlineData("statistics.SHARPE RATIO")]
    public void Read_PrefixAndCase_Found(string key)
    {
        var stats = new Dictionary<string, string> { ["Sharpe Ratio"] = "1.5" };

        Assert.Equal(1.5m, StatisticReader.Read(stats, key));
    }

    [Fact]
    public void RequireKnown_UnknownKey_FailsNamingPath()
    {
        var ex = Assert.Throws<DataException>(() =>
            StatisticReader.RequireKnown("Sharpe Ration", "optimization-criterion.target", ["Sharpe Ratio", "Net Profit"]));

        Assert.Contains("optimization-criterion.target", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Sharpe Ratio", ex.Message, StringComparison.Ordinal);
    }
}
