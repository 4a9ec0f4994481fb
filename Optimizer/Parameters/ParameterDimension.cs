namespace Backtest.Optimizer.Parameters;

/// <summary>
/// A parameter with its values resolved: the texts searched in order, and for a step parameter the numbers, the
/// effective step (given, or |max - min| / segment amount) and min-step (given, or step / 10; LEAN's defaults).
/// </summary>
public sealed record ParameterDimension(
    ParameterSpec Spec,
    IReadOnlyList<string> Texts,
    IReadOnlyList<decimal> Numbers,
    decimal Step,
    decimal MinStep)
{
    public string Name => Spec.Name;

    /// <summary>Resolves <paramref name="spec"/> with LEAN's default step rule.</summary>
    internal static ParameterDimension Resolve(ParameterSpec spec, int segmentAmount)
    {
        if (spec.Kind != ParameterKind.Range)
        {
            return new ParameterDimension(spec, spec.Values, [], 0m, 0m);
        }

        var step = spec.Step ?? (spec.Max - spec.Min) / segmentAmount;
        if (step == 0m)
        {
            // min == max without a step: a single value, and nothing for Euler to refine.
            return new ParameterDimension(spec, [ParameterSpec.Text(spec.Min)], [spec.Min], 0m, 0m);
        }

        var minStep = spec.MinStep ?? step / 10m;
        var numbers = StepEnumerator.Values(spec.Min, spec.Max, step);
        return new ParameterDimension(spec, numbers.Select(ParameterSpec.Text).ToArray(), numbers, step, minStep);
    }
}
