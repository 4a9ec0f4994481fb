using System.Globalization;
using Backtest.Data.Errors;
using Backtest.Engine.Parameters;

namespace Backtest.Optimizer.Parameters;

/// <summary>
/// The searched space: parameters in declaration order (the first varies slowest in a grid, as in LEAN's
/// recursive grid) and the default segment amount used where a step is missing. Immutable; thread-safe.
/// </summary>
public sealed class ParameterSpace
{
    /// <summary>LEAN's default-segment-amount.</summary>
    public const int DefaultSegmentAmount = 4;

    /// <exception cref="DataException">No parameters, a repeated name (case-insensitive), or segment amount &lt; 1.</exception>
    public ParameterSpace(IEnumerable<ParameterSpec> specs, int segmentAmount = DefaultSegmentAmount)
    {
        ArgumentNullException.ThrowIfNull(specs);
        var list = specs.ToArray();
        if (list.Length == 0)
        {
            throw new DataException("optimization.parameters: no parameters are given. List at least one parameter.");
        }

        if (segmentAmount < 1)
        {
            throw new DataException(
                $"optimization-strategy-settings.default-segment-amount: {segmentAmount} is not positive. Use 1 or more.");
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var spec in list)
        {
            if (!seen.Add(spec.Name))
            {
                throw new DataException($"optimization.parameters['{spec.Name}']: the name is repeated. Give each parameter once.");
            }
        }

        SegmentAmount = segmentAmount;
        Dimensions = list.Select(s => ParameterDimension.Resolve(s, segmentAmount)).ToArray();
    }

    public int SegmentAmount { get; }

    public IReadOnlyList<ParameterDimension> Dimensions { get; }

    /// <summary>Number of grid points: the product of the per-parameter counts (LEAN's estimate).</summary>
    /// <exception cref="DataException">The product exceeds <see cref="long.MaxValue"/>.</exception>
    public long Estimate()
    {
        long total = 1;
        foreach (var dimension in Dimensions)
        {
            try
            {
                total = checked(total * dimension.Texts.Count);
            }
            catch (OverflowException ex)
            {
                throw new DataException("optimization.parameters: the grid has more points than can be counted. Use larger steps.", ex);
            }
        }

        return total;
    }

    /// <summary>
    /// Checks every parameter against the algorithm's declared parameters: the name must exist (ordinal) and every
    /// numeric value must lie within the declared [min, max]. Call before the first trial.
    /// </summary>
    /// <exception cref="DataException">Unknown name (with the nearest declared name) or an out-of-range value.</exception>
    public void Validate(IReadOnlyList<ParameterDescriptor> declared)
    {
        ArgumentNullException.ThrowIfNull(declared);
        foreach (var dimension in Dimensions)
        {
            var match = declared.FirstOrDefault(d => string.Equals(d.Name, dimension.Name, StringComparison.Ordinal))
                ?? throw UnknownName(dimension.Name, declared);
            foreach (var text in dimension.Texts)
            {
                CheckRange(dimension.Name, text, match);
            }
        }
    }

    private static void CheckRange(string name, string text, ParameterDescriptor declared)
    {
        if (declared.Min is null && declared.Max is null)
        {
            return;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw new DataException($"optimization.parameters['{name}']: '{text}' is not a number. Use a numeric value.");
        }

        if (value < declared.Min || value > declared.Max)
        {
            var range = string.Create(CultureInfo.InvariantCulture, $"[{declared.Min}, {declared.Max}]");
            throw new DataException(
                $"optimization.parameters['{name}']: value {text} is outside the declared range {range}. Narrow the searched range.");
        }
    }

    private static DataException UnknownName(string name, IReadOnlyList<ParameterDescriptor> declared)
    {
        var nearest = declared
            .Select(d => d.Name)
            .OrderBy(n => Distance(name, n))
            .ThenBy(n => n, StringComparer.Ordinal)
            .FirstOrDefault();
        var hint = nearest is null ? "The algorithm declares no parameters." : $"Did you mean '{nearest}'?";
        return new DataException($"optimization.parameters['{name}']: the algorithm declares no parameter of that name. {hint}");
    }

    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                var cost = char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 1]) ? 0 : 1;
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + cost);
                diagonal = above;
            }
        }

        return row[b.Length];
    }
}
