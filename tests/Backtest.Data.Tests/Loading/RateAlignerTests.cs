using Backtest.Data.Csv;
using Backtest.Data.Lean;
using Backtest.Data.Loading;
using Backtest.Data.Model;
using Backtest.Data.Tests.Lean;

namespace Backtest.Data.Tests.Loading;

public sealed class RateAlignerTests
{
    [Fact]
    public void Align_CarriesLastObservationForwardWithoutLookAhead()
    {
        var index = TimeIndexBuilder.Build(ZipFixture.Calendar(), Resolution.Daily, new DateOnly(2013, 11, 25), new DateOnly(2013, 12, 3));
        // Observations on a Sunday (counts from that day on) and on 11-27 itself.
        var series = new RateSeries("X", "x.csv", [new DateOnly(2013, 11, 24), new DateOnly(2013, 11, 27), new DateOnly(2013, 12, 3)], [1.0, 2.0, 3.0], 0);

        var aligned = RateAligner.Align(series, index);

        Assert.Equal([1.0, 1.0, 2.0, 2.0, 2.0, 3.0], aligned);
    }

    [Fact]
    public void Align_BeforeFirstObservation_IsNaN()
    {
        var index = TimeIndexBuilder.Build(ZipFixture.Calendar(), Resolution.Daily, new DateOnly(2013, 11, 25), new DateOnly(2013, 11, 26));
        var series = new RateSeries("X", "x.csv", [new DateOnly(2013, 11, 26)], [1.5], 0);

        var aligned = RateAligner.Align(series, index);

        Assert.True(double.IsNaN(aligned[0]));
        Assert.Equal(1.5, aligned[1]);
    }

    [Fact]
    public void Align_RiskFreeSeries_UsesLeanLookupAsFraction()
    {
        var index = TimeIndexBuilder.Build(ZipFixture.Calendar(), Resolution.Daily, new DateOnly(2013, 11, 25), new DateOnly(2013, 11, 27));
        var series = new RiskFreeRateSeries([new DateOnly(2013, 11, 26)], [0.0075]);

        var aligned = RateAligner.Align(series, index);

        // Before the first change point LEAN uses the first value (SEMANTICS.md F.3).
        Assert.Equal([0.0075, 0.0075, 0.0075], aligned);
    }
}
