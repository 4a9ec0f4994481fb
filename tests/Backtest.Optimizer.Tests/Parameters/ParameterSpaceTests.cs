using Backtest.Data.Errors;
using Backtest.Engine.Parameters;
using Backtest.Optimizer.Parameters;

namespace Backtest.Optimizer.Tests.Parameters;

public sealed class ParameterSpaceTests
{
    [Fact]
    public void Dimensions_DecimalStep_ValuesDoNotDrift()
    {
        var space = new ParameterSpace([ParameterSpec.Range("a", 0m, 1m, 0.1m)]);

        // Eleven values 0, 0.1, ..., 1: a double loop adding 0.1 ends at 0.9999999999999999 and misses 1.
        Assert.Equal(["0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "1"], space.Dimensions[0].Texts);
    }

    [Fact]
    public void Dimensions_MaxNotOnStep_StopsBelowMax()
    {
        var space = new ParameterSpace([ParameterSpec.Range("a", 1m, 10m, 4m)]);

        Assert.Equal(["1", "5", "9"], space.Dimensions[0].Texts);
    }

    [Fact]
    public void Estimate_LeanFormula_ProductOfFloorPlusOne()
    {
        // LEAN: floor((max - min) / step) + 1 per parameter -> (floor(9/4)+1) * (floor(1/0.3)+1) * 3 * 1 = 3 * 4 * 3 = 36.
        var space = new ParameterSpace([
            ParameterSpec.Range("a", 1m, 10m, 4m),
            ParameterSpec.Range("b", 0m, 1m, 0.3m),
            ParameterSpec.List("c", ["x", "y", "z"]),
            ParameterSpec.Static("d", "7"),
        ]);

        Assert.Equal(36, space.Estimate());
    }

    [Fact]
    public void Dimensions_NoStep_StepFromSegmentAmountAndMinStepTenth()
    {
        var space = new ParameterSpace([ParameterSpec.Range("a", 10m, 20m)], segmentAmount: 4);

        var d = space.Dimensions[0];
        Assert.Equal(2.5m, d.Step);
        Assert.Equal(0.25m, d.MinStep);
        Assert.Equal(["10", "12.5", "15", "17.5", "20"], d.Texts);
    }

    [Fact]
    public void Constructor_RepeatedName_Fails()
    {
        var ex = Assert.Throws<DataException>(() => new ParameterSpace([ParameterSpec.Range("a", 0m, 1m, 1m), ParameterSpec.Static("A", "1")]));
        Assert.Contains("repeated", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Range_MinAboveMax_Fails()
    {
        Assert.Throws<DataException>(() => ParameterSpec.Range("a", 2m, 1m, 1m));
    }

    [Fact]
    public void Validate_UnknownName_FailsWithNearestName()
    {
        var space = new ParameterSpace([ParameterSpec.Range("fastPeriod", 5m, 20m, 5m)]);

        var ex = Assert.Throws<DataException>(() => space.Validate([Declared("fast-period", 1, 100), Declared("slow-period", 1, 400)]));

        Assert.Contains("'fastPeriod'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'fast-period'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ValueOutsideDeclaredRange_Fails()
    {
        var space = new ParameterSpace([ParameterSpec.Range("period", 50m, 300m, 50m)]);

        var ex = Assert.Throws<DataException>(() => space.Validate([Declared("period", 1, 252)]));

        Assert.Contains("value 300", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AllInRange_Passes()
    {
        var space = new ParameterSpace([ParameterSpec.Range("period", 50m, 250m, 50m)]);

        space.Validate([Declared("period", 1, 252)]);
    }

    private static ParameterDescriptor Declared(string name, double min, double max) =>
        new(name, typeof(ParameterSpaceTests).GetMethod(nameof(Validate_AllInRange_Passes))!, typeof(int), min, max, null, null, false);
}
