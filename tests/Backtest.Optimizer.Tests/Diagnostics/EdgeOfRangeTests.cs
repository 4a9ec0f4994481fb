using Backtest.Optimizer.Diagnostics;
using Backtest.Optimizer.Parameters;

namespace Backtest.Optimizer.Tests.Diagnostics;

public sealed class EdgeOfRangeTests
{
    private static readonly ParameterSpace Space = new([
        ParameterSpec.Range("x", 1m, 10m, 4m), // 1, 5, 9: the last searched value is 9, not 10
        ParameterSpec.List("basket", ["qqq", "iwm", "mag7"]),
        ParameterSpec.Static("fee", "1"),
    ]);

    [Theory]
    [InlineData("5", "iwm", "")]
    [InlineData("1", "iwm", "x")]
    [InlineData("9", "iwm", "x")]
    [InlineData("9.0", "mag7", "x,basket")]
    [InlineData("5", "qqq", "basket")]
    public void Find_BestValues_EdgeParameters(string x, string basket, string expected)
    {
        var best = new TrialParameters(1, [new("x", x), new("basket", basket), new("fee", "1")]);

        Assert.Equal(expected, string.Join(",", EdgeOfRange.Find(Space, best)));
    }
}
