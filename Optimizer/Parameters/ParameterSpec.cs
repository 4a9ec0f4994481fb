using System.Globalization;
using Backtest.Data.Errors;

namespace Backtest.Optimizer.Parameters;

/// <summary>
/// One searched parameter, in the shape of LEAN's optimizer parameter: a step range
/// (<see cref="Min"/>, <see cref="Max"/>, <see cref="Step"/>, optional <see cref="MinStep"/>), an explicit value list,
/// or a static value. Values are decimal so that step arithmetic never drifts (0.1 + 0.2 is exactly 0.3).
/// </summary>
public sealed record ParameterSpec
{
    private ParameterSpec(string name, ParameterKind kind)
    {
        Name = name;
        Kind = kind;
    }

    public string Name { get; }

    public ParameterKind Kind { get; }

    /// <summary>Inclusive lower bound of a step parameter.</summary>
    public decimal Min { get; private init; }

    /// <summary>Inclusive upper bound of a step parameter; the last value is the largest min + k*step not above it.</summary>
    public decimal Max { get; private init; }

    /// <summary>Step of a step parameter, or null when it is derived from the segment amount (LEAN's rule).</summary>
    public decimal? Step { get; private init; }

    /// <summary>Smallest step the Euler refinement may reach, or null for step / 10.</summary>
    public decimal? MinStep { get; private init; }

    /// <summary>The values of a value-list parameter, or the single value of a static one (invariant text).</summary>
    public IReadOnlyList<string> Values { get; private init; } = [];

    /// <summary>A step parameter. <paramref name="step"/> null means |max - min| / segment amount.</summary>
    /// <exception cref="DataException">Name empty, min &gt; max, or step/min-step not positive.</exception>
    public static ParameterSpec Range(string name, decimal min, decimal max, decimal? step = null, decimal? minStep = null)
    {
        RequireName(name);
        if (min > max)
        {
            throw Invalid(name, $"min {Text(min)} is greater than max {Text(max)}", "Swap min and max.");
        }

        if (step is <= 0m || minStep is <= 0m)
        {
            throw Invalid(name, "step and min-step must be positive", "Give a step greater than zero or omit it.");
        }

        return new ParameterSpec(name, ParameterKind.Range) { Min = min, Max = max, Step = step, MinStep = minStep };
    }

    /// <summary>An explicit list of values, searched in the given order.</summary>
    /// <exception cref="DataException">Empty list or a repeated value.</exception>
    public static ParameterSpec List(string name, IEnumerable<string> values)
    {
        RequireName(name);
        ArgumentNullException.ThrowIfNull(values);
        var list = values.ToArray();
        if (list.Length == 0)
        {
            throw Invalid(name, "the value list is empty", "List at least one value.");
        }

        if (list.Distinct(StringComparer.Ordinal).Count() != list.Length)
        {
            throw Invalid(name, "the value list repeats a value", "List each value once.");
        }

        return new ParameterSpec(name, ParameterKind.List) { Values = list };
    }

    /// <summary>A parameter held at one value in every trial.</summary>
    public static ParameterSpec Static(string name, string value)
    {
        RequireName(name);
        ArgumentNullException.ThrowIfNull(value);
        return new ParameterSpec(name, ParameterKind.Static) { Values = [value] };
    }

    /// <summary>Formats a decimal the canonical way: invariant, no trailing zeros ("0.10" -> "0.1").</summary>
    public static string Text(decimal value) =>
        (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    private static void RequireName(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DataException("optimization.parameters: a parameter has no name. Give every parameter a name.");
        }
    }

    private static DataException Invalid(string name, string problem, string remedy) =>
        new($"optimization.parameters['{name}']: {problem}. {remedy}");
}
