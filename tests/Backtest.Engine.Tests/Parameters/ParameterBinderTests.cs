using Backtest.Data.Errors;
using Backtest.Engine.Parameters;

namespace Backtest.Engine.Tests.Parameters;

public sealed class ParameterBinderTests
{
    public enum Basket
    {
        SmallCaps,
        MegaTech,
    }

    [Fact]
    public void Discover_Algorithm_FindsMembersInOrdinalOrderWithMetadata()
    {
        var declared = ParameterBinder.Discover(typeof(RotationAlgo));

        Assert.Equal(["Basket", "Leverage", "Verbose", "fast-period", "label", "slowPeriod", "threshold"],
            declared.Select(d => d.Name).ToArray());
        var fast = declared.Single(d => d.Name == "fast-period");
        Assert.Equal((5.0, 50.0, 5.0), (fast.Min!.Value, fast.Max!.Value, fast.Step!.Value));
        Assert.Equal("EMA length in bars", fast.Description);
        Assert.Equal(typeof(int), fast.ValueType);
    }

    [Fact]
    public void Bind_ValidValues_SetsMembersAndReturnsEffectiveSet()
    {
        var algo = new RotationAlgo();

        var effective = ParameterBinder.Bind(algo, new Dictionary<string, string>
        {
            ["fast-period"] = "15", ["threshold"] = "0.0025", ["Verbose"] = "TRUE", ["Basket"] = "megatech",
            ["Leverage"] = "1.5", ["label"] = " spaced ", ["slowPeriod"] = "",
        });

        Assert.Equal(15, algo.FastPeriod);
        Assert.Equal(0.0025, algo.Threshold);
        Assert.True(algo.Verbose);
        Assert.Equal(Basket.MegaTech, algo.Basket);
        Assert.Equal(1.5m, algo.Leverage);
        Assert.Equal(" spaced ", algo.Label);
        Assert.Null(algo.SlowPeriod);
        Assert.Equal(
            [new("Basket", "MegaTech"), new("Leverage", "1.5"), new("Verbose", "true"), new("fast-period", "15"),
             new("label", " spaced "), new("slowPeriod", ""), new("threshold", "0.0025")],
            effective);
    }

    [Fact]
    public void Bind_Nothing_ReturnsDefaults()
    {
        var effective = ParameterBinder.Bind(new RotationAlgo(), new Dictionary<string, string>());

        Assert.Contains(new KeyValuePair<string, string>("fast-period", "12"), effective);
        Assert.Contains(new KeyValuePair<string, string>("slowPeriod", "26"), effective);
    }

    [Fact]
    public void Bind_UnknownName_SuggestsNearestAndWritesNothing()
    {
        var algo = new RotationAlgo();

        var error = Assert.Throws<ParameterException>(() => ParameterBinder.Bind(algo, new Dictionary<string, string>
        {
            ["fast-period"] = "20", ["treshold"] = "0.1",
        }));

        Assert.Equal("treshold", error.ParameterName);
        Assert.Contains("Did you mean 'threshold'?", error.Message, StringComparison.Ordinal);
        Assert.Contains("config.json", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<DataException>(error);
        Assert.Equal(12, algo.FastPeriod);
    }

    [Fact]
    public void Bind_UnknownFarName_ListsDeclaredWithoutSuggestion()
    {
        var error = Assert.Throws<ParameterException>(() =>
            ParameterBinder.Bind(new RotationAlgo(), new Dictionary<string, string> { ["zzzzzzzzzzzzzz"] = "1" }));

        Assert.DoesNotContain("Did you mean", error.Message, StringComparison.Ordinal);
        Assert.Contains("declared: Basket, Leverage", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fast-period", "12.5", "whole number")]
    [InlineData("fast-period", "1,000", "whole number")]
    [InlineData("threshold", "0,25", "'.' as the decimal separator")]
    [InlineData("threshold", "NaN", "'.' as the decimal separator")]
    [InlineData("Verbose", "yes", "true or false")]
    [InlineData("Basket", "Bonds", "SmallCaps, MegaTech")]
    [InlineData("Basket", "1", "SmallCaps, MegaTech")]
    public void Bind_UnparseableValue_SaysWhatToGive(string name, string text, string hint)
    {
        var error = Assert.Throws<ParameterException>(() =>
            ParameterBinder.Bind(new RotationAlgo(), new Dictionary<string, string> { [name] = text }));

        Assert.Equal(name, error.ParameterName);
        Assert.Contains($"'{text}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(hint, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fast-period", "4")]
    [InlineData("fast-period", "51")]
    [InlineData("Leverage", "2.0001")]
    public void Bind_OutOfRange_Fails(string name, string text)
    {
        var error = Assert.Throws<ParameterException>(() =>
            ParameterBinder.Bind(new RotationAlgo(), new Dictionary<string, string> { [name] = text }));

        Assert.Contains("outside the declared range", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fast-period", "5")]
    [InlineData("fast-period", "50")]
    [InlineData("Leverage", "2")]
    public void Bind_OnBounds_IsAccepted(string name, string text)
    {
        ParameterBinder.Bind(new RotationAlgo(), new Dictionary<string, string> { [name] = text });
    }

    [Fact]
    public void Discover_UnsupportedType_FailsWithRemedy()
    {
        var error = Assert.Throws<ParameterException>(() => ParameterBinder.Discover(typeof(BadTypeAlgo)));

        Assert.Contains("Use int, long, double, decimal, bool, string or an enum", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Discover_SameTypeTwice_GivesTheSameReadOnlyDescriptors()
    {
        var first = ParameterBinder.Discover(typeof(RotationAlgo));
        var second = ParameterBinder.Discover(typeof(RotationAlgo));

        Assert.Same(first, second);
        Assert.Throws<NotSupportedException>(() => ((IList<ParameterDescriptor>)first).Clear());
        Assert.Equal(first.Select(d => d.Name).Order(StringComparer.Ordinal), first.Select(d => d.Name));
    }

    [Fact]
    public void Discover_BadDeclaration_FailsEveryTimeNotOnlyTheFirst()
    {
        Assert.Throws<ParameterException>(() => ParameterBinder.Discover(typeof(DuplicateAlgo)));
        Assert.Throws<ParameterException>(() => ParameterBinder.Discover(typeof(DuplicateAlgo)));
    }

    [Fact]
    public void Discover_DuplicateName_Fails()
    {
        Assert.Throws<ParameterException>(() => ParameterBinder.Discover(typeof(DuplicateAlgo)));
    }

    [Fact]
    public void Discover_ReadOnlyProperty_Fails()
    {
        Assert.Throws<ParameterException>(() => ParameterBinder.Discover(typeof(ReadOnlyAlgo)));
    }

    private class BaseAlgo
    {
        [Parameter]
        public bool Verbose { get; set; }
    }

    private sealed class RotationAlgo : BaseAlgo
    {
        [Parameter(Min = 0, Max = 2)]
        public decimal Leverage = 1m;

        [Parameter("fast-period", Min = 5, Max = 50, Step = 5, Description = "EMA length in bars")]
        public int FastPeriod { get; set; } = 12;

        [Parameter("slowPeriod")]
        public int? SlowPeriod { get; set; } = 26;

        [Parameter("threshold")]
        public double Threshold { get; set; } = 0.001;

        [Parameter("label")]
        public string Label { get; set; } = "rotation";

        [Parameter]
        public Basket Basket { get; set; }
    }

    private sealed class BadTypeAlgo
    {
        [Parameter]
        public DateTime Start { get; set; }
    }

    private sealed class DuplicateAlgo
    {
        [Parameter("x")]
        public int A { get; set; }

        [Parameter("x")]
        public int B { get; set; }
    }

    private sealed class ReadOnlyAlgo
    {
        [Parameter]
        public int A => 1;
    }
}
