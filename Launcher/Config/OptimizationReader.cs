using System.Collections.Immutable;
using Backtest.Optimizer.WalkForward;

namespace Backtest.Launcher.Config;

/// <summary>Binds the <c>optimization</c> block (LEAN's optimizer keys, SEMANTICS.md G) to <see cref="OptimizationOptions"/>.</summary>
internal static class OptimizationReader
{
    private static readonly string[] BlockKeys =
    [
        "optimization-strategy", "optimization-strategy-settings", "optimization-criterion", "constraints", "parameters",
        "maximum-concurrent-backtests", "walk-forward",
    ];

    private static readonly string[] SettingsKeys = ["$type", "default-segment-amount", "samples", "seed"];
    private static readonly string[] CriterionKeys = ["target", "extremum", "target-value"];
    private static readonly string[] ConstraintKeys = ["target", "operator", "target-value"];
    private static readonly string[] WalkForwardKeys = ["in-sample-days", "out-of-sample-days", "step-days", "anchored"];
    private static readonly string[] ParameterKeys = ["name", "min", "max", "step", "min-step", "value"];

    private static readonly (string, OptimizationExtremum)[] Extrema = [("max", OptimizationExtremum.Max), ("min", OptimizationExtremum.Min)];

    private static readonly (string, ConstraintOperator)[] Operators =
    [
        ("Equals", ConstraintOperator.Equals), ("NotEqual", ConstraintOperator.NotEqual), ("Less", ConstraintOperator.Less),
        ("LessOrEqual", ConstraintOperator.LessOrEqual), ("Greater", ConstraintOperator.Greater),
        ("GreaterOrEqual", ConstraintOperator.GreaterOrEqual),
    ];

    public static OptimizationOptions Read(ConfigNode block)
    {
        var options = new OptimizationOptions();
        foreach (var (key, node) in block.Properties(BlockKeys))
        {
            options = key switch
            {
                "optimization-strategy" => options with { Strategy = node.AsNonEmptyString() },
                "optimization-strategy-settings" => Settings(node, options),
                "optimization-criterion" => options with { Criterion = Criterion(node) },
                "constraints" => options with { Constraints = [.. node.Items().Select(Constraint)] },
                "parameters" => options with { Parameters = [.. node.Items().Select(Parameter)] },
                "walk-forward" => options with { WalkForward = WalkForward(node) },
                _ => options with { MaximumConcurrentBacktests = Positive(node) },
            };
        }

        return options;
    }

    private static OptimizationOptions Settings(ConfigNode node, OptimizationOptions options)
    {
        foreach (var (key, value) in node.Properties(SettingsKeys))
        {
            options = key switch
            {
                "default-segment-amount" => options with { DefaultSegmentAmount = Positive(value) },
                "samples" => options with { Samples = Positive(value) },
                "seed" => options with { Seed = NonNegative(value) },
                // "$type" names LEAN's settings class; the strategy name already says which settings apply,
                // so it is only type-checked.
                _ => TypeChecked(value, options),
            };
        }

        return options;
    }

    private static OptimizationOptions TypeChecked(ConfigNode node, OptimizationOptions options)
    {
        _ = node.AsString();
        return options;
    }

    private static WalkForwardOptions WalkForward(ConfigNode node)
    {
        int? inSample = null, outOfSample = null, step = null;
        var anchored = false;
        foreach (var (key, value) in node.Properties(WalkForwardKeys))
        {
            switch (key)
            {
                case "in-sample-days": inSample = Positive(value); break;
                case "out-of-sample-days": outOfSample = Positive(value); break;
                case "step-days": step = Positive(value); break;
                default: anchored = value.AsBoolean(); break;
            }
        }

        var options = new WalkForwardOptions(inSample ?? throw Missing(node, "in-sample-days"), outOfSample ?? throw Missing(node, "out-of-sample-days"), step, anchored);
        return options.EffectiveStep >= options.OutOfSampleLength ? options
            : throw node.Error(null, "step-days is below out-of-sample-days, so out-of-sample windows would overlap", "Use a step of at least the out-of-sample length, or leave it out");
    }

    private static OptimizationCriterion Criterion(ConfigNode node)
    {
        var criterion = new OptimizationCriterion("Statistics.TotalProfit", OptimizationExtremum.Max, null);
        foreach (var (key, value) in node.Properties(CriterionKeys))
        {
            criterion = key switch
            {
                "target" => criterion with { Target = value.AsNonEmptyString() },
                "extremum" => criterion with { Extremum = value.AsChoice(Extrema) },
                _ => criterion with { TargetValue = value.AsNumber() },
            };
        }

        return criterion;
    }

    private static OptimizationConstraint Constraint(ConfigNode node)
    {
        string? target = null;
        ConstraintOperator? op = null;
        double? targetValue = null;
        foreach (var (key, value) in node.Properties(ConstraintKeys))
        {
            switch (key)
            {
                case "target": target = value.AsNonEmptyString(); break;
                case "operator": op = value.AsChoice(Operators); break;
                default: targetValue = value.AsNumber(); break;
            }
        }

        return new OptimizationConstraint(
            target ?? throw Missing(node, "target"), op ?? throw Missing(node, "operator"), targetValue ?? throw Missing(node, "target-value"));
    }

    private static OptimizationParameter Parameter(ConfigNode node)
    {
        var parameter = new OptimizationParameter(string.Empty, null, null, null, null, null);
        foreach (var (key, value) in node.Properties(ParameterKeys))
        {
            parameter = key switch
            {
                "name" => parameter with { Name = value.AsNonEmptyString() },
                "min" => parameter with { Min = value.AsNumber() },
                "max" => parameter with { Max = value.AsNumber() },
                "step" => parameter with { Step = value.AsNumber() },
                "min-step" => parameter with { MinStep = value.AsNumber() },
                _ => parameter with { Value = value.AsScalarText() },
            };
        }

        return Check(node, parameter);
    }

    private static OptimizationParameter Check(ConfigNode node, OptimizationParameter parameter)
    {
        if (parameter.Name.Length == 0)
        {
            throw Missing(node, "name");
        }

        if (parameter.IsStatic)
        {
            return parameter.Min is null && parameter.Max is null ? parameter
                : throw node.Error(null, "a parameter has either \"value\" or \"min\"/\"max\", not both", "Remove \"value\" for a range, or \"min\"/\"max\" for a fixed value");
        }

        if (parameter.Min is not { } min || parameter.Max is not { } max)
        {
            throw Missing(node, parameter.Min is null ? "min" : "max");
        }

        if (max < min || parameter.Step is <= 0 || parameter.MinStep is <= 0)
        {
            throw node.Error(null, "the range needs min <= max and a positive step and min-step", "Correct min, max, step or min-step");
        }

        return parameter;
    }

    private static int Positive(ConfigNode node)
    {
        var value = node.AsInteger();
        return value > 0 ? value : throw node.Error(node.Element.GetRawText(), "must be at least 1", "Write a positive whole number");
    }

    private static int NonNegative(ConfigNode node)
    {
        var value = node.AsInteger();
        return value >= 0 ? value : throw node.Error(node.Element.GetRawText(), "must not be negative", "Write a whole number of 0 or more");
    }

    private static Errors.ConfigException Missing(ConfigNode node, string key) =>
        node.Error(null, $"the key \"{key}\" is missing", $"Add \"{key}\" to this object");
}
