using Backtest.Data.Lean;
using FsCheck;
using FsCheck.Fluent;

namespace Backtest.Data.Tests.Lean;

public sealed class RiskFreeRateSeriesTests
{
    [Fact]
    public void GetInterestRate_AnyDate_MatchesLinearForwardFill()
    {
        // Independent model: walk every change point and keep the last one on or before the date (first value before all).
        var property = Prop.ForAll<int[], int>((gaps, offset) =>
        {
            if (gaps.Length == 0)
            {
                return true;
            }

            var start = new DateOnly(2000, 1, 1);
            var dates = new DateOnly[gaps.Length];
            var rates = new double[gaps.Length];
            var day = 0;
            for (var i = 0; i < gaps.Length; i++)
            {
                day += 1 + Math.Abs(gaps[i] % 50);
                dates[i] = start.AddDays(day);
                rates[i] = i / 100.0;
            }

            var query = start.AddDays(offset % (day + 60));
            var expected = rates[0];
            for (var i = 0; i < dates.Length; i++)
            {
                expected = dates[i] <= query ? rates[i] : expected;
            }

            return new RiskFreeRateSeries(dates, rates).GetInterestRate(query) == expected;
        });

        Check.QuickThrowOnFailure(property);
    }
}
