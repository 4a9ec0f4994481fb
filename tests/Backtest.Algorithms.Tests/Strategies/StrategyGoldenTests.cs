using Backtest.Algorithms.Baselines;
using Backtest.Algorithms.Strategies;
using Backtest.Engine.Algorithm;

namespace Backtest.Algorithms.Tests.Strategies;

/// <summary>
/// End-to-end golden tests of every shipped strategy on the embedded synthetic sample with default parameters
/// (STYLE.md rule 12): key statistics plus the order hash. A change here means behaviour changed: if intended,
/// re-derive the figures with `backtest run --algorithm X` and update them in the same commit, saying why.
/// </summary>
public sealed class StrategyGoldenTests
{
    public static TheoryData<string, string, string, string, string, string> Golden => new()
    {
        { nameof(CompositeRotation), "107", "1099089.03", "0.379", "54.700%", "1c668157b6b347c2193add629bf0bb5181717080cfcd55da9e2c11e94000e992" },
        { nameof(StreakRotation), "295", "500612.06", "0.245", "60.200%", "a9ca81e7e51682117b582c726578723f5c99a8d8a1431bd1c8a8b6de7b823ced" },
        { nameof(RateCutRotation), "29", "1125561.59", "0.384", "54.900%", "32448e7f05207d082a57707664020ffe40e32fb097b27ba157ea79616bc7321c" },
        { nameof(ValuationSpreadRotation), "53", "588931.85", "0.283", "52.000%", "9d9c14f7f16c21a269e0f53e29c9c92580aa735514787d9b5dd978eb5dea5d3c" },
        { nameof(BuyAndHold), "1", "771927.98", "0.356", "45.700%", "cd876bd2bd4466ee7e9469e9a9619caf7a0702a56d06730e94ac6e489c03bc07" },
        { nameof(FixedMix), "509", "705188.05", "0.311", "53.100%", "7ef42ed355f6078053dc5f599b7377b359972cb3f698aa97395df0189dbff590" },
    };

    [Theory]
    [MemberData(nameof(Golden))]
    public void Run_EmbeddedSample_MatchesGoldenStatisticsAndOrderHash(string name, string orders, string endEquity, string sharpe, string drawdown, string orderHash)
    {
        var algorithm = (QCAlgorithm)Activator.CreateInstance(typeof(StreakRotation).Assembly.GetTypes().Single(t => t.Name == name))!;

        var (result, statistics) = StrategyRun.On(StrategyRun.EmbeddedSample, algorithm);

        Assert.Equal(orders, statistics["Total Orders"]);
        Assert.Equal(endEquity, statistics["End Equity"]);
        Assert.Equal(sharpe, statistics["Sharpe Ratio"]);
        Assert.Equal(drawdown, statistics["Drawdown"]);
        Assert.Equal(orderHash, result.OrderHash);
    }

    [Fact]
    public void Run_CompositeRotation_PlotsItsSignalsRegimeAndAllocationEveryDay()
    {
        var (result, _) = StrategyRun.On(StrategyRun.EmbeddedSample, new CompositeRotation());

        var series = result.Plots.GroupBy(p => $"{p.Chart}/{p.Series}").ToDictionary(g => g.Key, g => g.Count());
        Assert.All(new[] { "Signals/Rate spread", "Signals/Streak", "Signals/Valuation z", "Signals/Score", "Regime/Regime", "Allocation/SmallCaps", "Allocation/LargeTech", "Allocation/Cash" },
            key => Assert.True(series.GetValueOrDefault(key) > 6000, key));
    }
}
