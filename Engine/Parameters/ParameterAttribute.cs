namespace Backtest.Engine.Parameters;

/// <summary>
/// Declares a field or property of an algorithm as a tunable parameter (in the spirit of LEAN's [Parameter]).
/// config.json "parameters" and sweep trials bind to it by <see cref="Name"/> through <see cref="ParameterBinder"/>.
/// Supported member types: int, long, double, decimal, bool, string and enums (and their nullable forms).
/// <see cref="Min"/>/<see cref="Max"/> apply to numeric members and are inclusive; NaN means "not set".
/// </summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class ParameterAttribute : Attribute
{
    /// <summary>Declares a parameter named after the member.</summary>
    public ParameterAttribute()
    {
    }

    /// <summary>Declares a parameter with an explicit external name.</summary>
    public ParameterAttribute(string name) => Name = name;

    /// <summary>External name; null means the member's name.</summary>
    public string? Name { get; }

    /// <summary>Inclusive lower bound for numeric members; NaN when unbounded.</summary>
    public double Min { get; set; } = double.NaN;

    /// <summary>Inclusive upper bound for numeric members; NaN when unbounded.</summary>
    public double Max { get; set; } = double.NaN;

    /// <summary>Grid step a sweep should use between <see cref="Min"/> and <see cref="Max"/>; NaN when not set.
    /// Not enforced on bound values.</summary>
    public double Step { get; set; } = double.NaN;

    /// <summary>Human description for reports and error messages.</summary>
    public string? Description { get; set; }
}
