using System.Reflection;

namespace Backtest.Engine.Parameters;

/// <summary>A declared parameter found by <see cref="ParameterBinder.Discover"/>.</summary>
/// <param name="Name">External name used in config.json and sweeps.</param>
/// <param name="Member">The field or property that receives the value.</param>
/// <param name="ValueType">The member's type with any Nullable&lt;T&gt; unwrapped.</param>
/// <param name="Min">Inclusive lower bound, or null.</param>
/// <param name="Max">Inclusive upper bound, or null.</param>
/// <param name="Step">Sweep grid step, or null.</param>
/// <param name="Description">Description, or null.</param>
/// <param name="IsNullable">True for Nullable&lt;T&gt; members, which accept an empty value as null.</param>
public sealed record ParameterDescriptor(
    string Name,
    MemberInfo Member,
    Type ValueType,
    double? Min,
    double? Max,
    double? Step,
    string? Description,
    bool IsNullable)
{
    /// <summary>Reads the member's current value from <paramref name="target"/>.</summary>
    public object? GetValue(object target) => Member switch
    {
        FieldInfo field => field.GetValue(target),
        PropertyInfo property => property.GetValue(target),
        _ => null,
    };

    /// <summary>Writes <paramref name="value"/> into the member on <paramref name="target"/>.</summary>
    public void SetValue(object target, object? value)
    {
        if (Member is FieldInfo field)
        {
            field.SetValue(target, value);
        }
        else if (Member is PropertyInfo property)
        {
            property.SetValue(target, value);
        }
    }
}
