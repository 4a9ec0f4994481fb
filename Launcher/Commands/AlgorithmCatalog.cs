using System.Diagnostics.CodeAnalysis;
using Backtest.Algorithms.Baselines;
using Backtest.Engine.Algorithm;
using Backtest.Engine.Parameters;
using Backtest.Launcher.Config;
using Backtest.Launcher.Errors;

namespace Backtest.Launcher.Commands;

/// <summary>
/// The algorithms <c>backtest run</c> can start by name ("algorithm-type-name"): every public, non-abstract
/// <see cref="QCAlgorithm"/> of Backtest.Algorithms, matched by class name or full name (ordinal, then ignoring case).
/// </summary>
internal static class AlgorithmCatalog
{
    /// <summary>What running an algorithm needs of its class: a parameterless constructor and the members
    /// <see cref="ParameterBinder"/> scans.</summary>
    public const DynamicallyAccessedMemberTypes Kept = DynamicallyAccessedMemberTypes.PublicParameterlessConstructor | ParameterBinder.Scanned;

    // Native AOT (docs/native-aot.md; the launcher's csproj says why the assembly is rooted).
    private const string Rooted = "Backtest.Algorithms is a TrimmerRootAssembly of the launcher: its types and their members are kept.";

    private static readonly Type[] Known = Scan();

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = Rooted)]
    private static Type[] Scan() => typeof(BuyAndHold).Assembly.GetTypes()
        .Where(t => t.IsPublic && !t.IsAbstract && t.IsSubclassOf(typeof(QCAlgorithm)))
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToArray();

    /// <summary>Class names, ordinal order.</summary>
    public static IReadOnlyList<string> Names { get; } = Known.Select(t => t.Name).ToArray();

    /// <exception cref="ConfigException">No algorithm has that name (the message lists them and suggests the nearest).</exception>
    [UnconditionalSuppressMessage("Trimming", "IL2073", Justification = Rooted)]
    [return: DynamicallyAccessedMembers(Kept)]
    public static Type Resolve(string name)
    {
        var match = Known.FirstOrDefault(t => t.Name == name || t.FullName == name)
            ?? Known.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
        if (match is not null)
        {
            return match;
        }

        var nearest = KeySuggester.Nearest(name, Names);
        var hint = nearest is null ? string.Empty : $"did you mean '{nearest}'? ";
        throw ConfigException.At(null, "$.algorithm-type-name", name, "unknown algorithm", $"{hint}Known algorithms: {string.Join(", ", Names)}.");
    }

    /// <summary>Creates the algorithm and binds its [Parameter] members; returns it with the effective parameters.</summary>
    /// <exception cref="ConfigException">A parameter is unknown, unparseable or out of range (path $.parameters.name).</exception>
    public static (QCAlgorithm Algorithm, IReadOnlyList<KeyValuePair<string, string>> Parameters) Create([DynamicallyAccessedMembers(Kept)] Type type, IReadOnlyDictionary<string, string> parameters)
    {
        var algorithm = (QCAlgorithm)Activator.CreateInstance(type)!;
        try
        {
            var effective = ParameterBinder.Bind(algorithm, parameters);
            return (algorithm, effective);
        }
        catch (ParameterException e)
        {
            throw ConfigException.At(null, "$.parameters." + e.ParameterName, parameters.GetValueOrDefault(e.ParameterName), e.Message.TrimEnd('.'), "The [Parameter] members of the algorithm class list the names and ranges.");
        }
    }
}
