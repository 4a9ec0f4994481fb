namespace Backtest.Launcher.Config;

/// <summary>
/// One optimizer parameter: a step range <c>{name, min, max, step?, min-step?}</c> (Value null) or a static
/// <c>{name, value}</c> (Min, Max null). Values are in the parameter's own units.
/// </summary>
internal sealed record OptimizationParameter(string Name, double? Min, double? Max, double? Step, double? MinStep, string? Value)
{
    /// <summary>True for a fixed <c>{name, value}</c> parameter.</summary>
    public bool IsStatic => Value is not null;
}
