using Backtest.Algorithms.Baselines;
using Backtest.Algorithms.Strategies;
using Backtest.Data.Loading;
using Backtest.Data.Model;
using Backtest.Engine.Algorithm;
using Backtest.Testing;

namespace Backtest.Algorithms.Tests.Strategies;

/// <summary>Every shipped strategy runs on the real market data beside the repository (skipped when absent).</summary>
public sealed class RealDataStrategyTests
{
    private static readonly Lazy<DataSet?> Market = new(() =>
    {
        var daily = SharedData.PathOf("data", "market", "daily");
        var rates = SharedData.PathOf("data", "market", "rates");
        return daily is null || rates is null ? null : DataSet.Load(daily, Resolution.Daily, csv: true, extraSeries: new Dictionary<string, string>
        {
            ["DFF"] = Path.Combine(rates, "DFF.csv"),
            ["DGS2"] = Path.Combine(rates, "DGS2.csv"),
        });
    });

    public static TheoryData<string> Strategies => new(
        nameof(CompositeRotation), nameof(RateCutRotation), nameof(StreakRotation), nameof(ValuationSpreadRotation), nameof(BuyAndHold), nameof(FixedMix));

    [Theory]
    [MemberData(nameof(Strategies))]
    public void Run_RealMarketData_TradesAndProducesEveryLeanStatistic(string name)
    {
        if (Market.Value is null)
        {
            Assert.Skip(SharedData.MissingReason);
        }

        var algorithm = (QCAlgorithm)Activator.CreateInstance(typeof(StreakRotation).Assembly.GetTypes().Single(t => t.Name == name))!;

        var (result, statistics) = StrategyRun.On(Market.Value, algorithm);

        Assert.True(result.OrderEvents.Any(e => e.IsFill), "no fill");
        Assert.Equal(27, statistics.Summary.Count);
        Assert.All(statistics.Summary, kv => Assert.False(string.IsNullOrEmpty(kv.Value) && kv.Key != "Lowest Capacity Asset", kv.Key));
        Assert.True(result.EndEquity > 0);
    }

    [Fact]
    public void Run_CustomBasketsNamingTheDefaults_GiveTheSameOrdersAsTheDefaults()
    {
        var (defaults, _) = StrategyRun.On(StrategyRun.EmbeddedSample, new StreakRotation(), new Dictionary<string, string> { ["IwmWeight"] = "1" });
        var (custom, _) = StrategyRun.On(StrategyRun.EmbeddedSample, new StreakRotation(), new Dictionary<string, string>
        {
            ["SmallBasketMembers"] = "IWM",
            ["LargeBasketMembers"] = "QQQ",
        });

        Assert.True(defaults.TotalOrders > 10);
        Assert.Equal(defaults.OrderHash, custom.OrderHash);
    }

    [Fact]
    public void Run_TickerInBothBaskets_FailsBeforeTheFirstBar()
    {
        var error = Assert.ThrowsAny<Exception>(() => StrategyRun.On(StrategyRun.EmbeddedSample, new StreakRotation(), new Dictionary<string, string>
        {
            ["SmallBasketMembers"] = "IWM,QQQ",
        }));

        Assert.Contains("QQQ is in both baskets", error.Message, StringComparison.Ordinal);
    }
}
