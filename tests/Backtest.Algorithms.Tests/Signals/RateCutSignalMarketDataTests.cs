using Backtest.Algorithms.Signals;
using Backtest.Algorithms.Tests.Baskets;
using Backtest.Data.Csv;
using Backtest.Data.Loading;
using Backtest.Testing;

namespace Backtest.Algorithms.Tests.Signals;

/// <summary>RateCutSignal on FRED's DFF and DGS2 (shared/data/market/rates) aligned to IWM's trading days.</summary>
public sealed class RateCutSignalMarketDataTests
{
    [Fact]
    public void Update_Fred2018To2025_KnownEpisodes()
    {
        var frame = MarketFixture.Load(new DateOnly(2018, 1, 2), new DateOnly(2025, 12, 31), "IWM");
        var rates = SharedData.PathOf("data", "market", "rates") ?? throw new InvalidOperationException("rates folder missing");
        var dff = RateAligner.Align(FredSeriesReader.Read(Path.Combine(rates, "DFF.csv")), frame.Index);
        var dgs2 = RateAligner.Align(FredSeriesReader.Read(Path.Combine(rates, "DGS2.csv")), frame.Index);
        var signal = new RateCutSignal(new RateCutSignalParameters());
        var seen = new Dictionary<DateOnly, (Regime, double, bool)>();
        for (var t = 0; t < frame.Index.Count; t++)
        {
            signal.Update(frame.Index.EndTimes[t], dff[t], dgs2[t]);
            seen[DateOnly.FromDateTime(frame.Index.StartTimes[t])] = (signal.Regime, signal.Spread, signal.LastPolicyChangeWasCut);
        }

        // FRED values (DGS2 - DFF): 2019-08-15 1.48 - 2.13 = -0.65; 2022-06-15 3.20 - 0.83 = +2.37; 2024-09-16 3.56 - 5.33 = -1.77.
        Assert.Equal((Regime.SmallCaps, -0.65), Rounded(seen[new DateOnly(2019, 8, 15)]));
        Assert.Equal((Regime.Neutral, 2.37), Rounded(seen[new DateOnly(2022, 6, 15)]));
        Assert.Equal((Regime.SmallCaps, -1.77), Rounded(seen[new DateOnly(2024, 9, 16)]));
        // March 2020 cuts to near zero; 2022 hikes.
        Assert.True(seen[new DateOnly(2020, 4, 1)].Item3);
        Assert.False(seen[new DateOnly(2022, 12, 1)].Item3);
    }

    private static (Regime, double) Rounded((Regime Regime, double Spread, bool) value) => (value.Regime, Math.Round(value.Spread, 2));
}
