using Backtest.Data.Lean;
using Backtest.Testing;

namespace Backtest.Data.Tests.Lean;

public sealed class InterestRateReaderTests
{
    [Fact]
    public void Read_ForwardFillsPercentAsFraction()
    {
        using var temp = new TempFolder();
        // First rows of LEAN's interest-rate.csv.
        var path = temp.Write("interest-rate.csv", "DATE,PCREDIT8\n2003-01-09,2.25\n2003-06-26,2.00\n");

        var series = InterestRateReader.Read(path);

        Assert.Equal(0.0225, series.GetInterestRate(new DateOnly(1998, 1, 1)), 15);
        Assert.Equal(0.0225, series.GetInterestRate(new DateOnly(2003, 6, 25)), 15);
        Assert.Equal(0.02, series.GetInterestRate(new DateOnly(2003, 6, 26)), 15);
        Assert.Equal(0.02, series.GetInterestRate(new DateOnly(2030, 1, 1)), 15);
    }
}
