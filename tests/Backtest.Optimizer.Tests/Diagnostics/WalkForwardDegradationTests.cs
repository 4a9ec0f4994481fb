using Backtest.Optimizer.Diagnostics;

namespace Backtest.Optimizer.Tests.Diagnostics;

public sealed class WalkForwardDegradationTests
{
    [Fact]
    public void Compute_HandWorked_EfficiencyAndDegradation()
    {
        // IS 2, 1, -0.5 (mean 0.8333); OOS 1, 0.5, -1 (mean 0.1667); efficiency = 0.2, degradation = 0.8.
        var result = WalkForwardDegradation.Compute([new(1, 2, 1), new(2, 1, 0.5), new(3, -0.5, -1)]);

        Assert.Equal(0.5, result.Ratios[0], 12);
        Assert.Equal(0.5, result.Ratios[1], 12);
        Assert.True(double.IsNaN(result.Ratios[2]));
        Assert.Equal(0.2, result.Efficiency, 12);
        Assert.Equal(0.8, result.Degradation, 12);
    }
}
