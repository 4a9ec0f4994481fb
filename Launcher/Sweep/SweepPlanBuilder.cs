using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Backtest.Data.Errors;
using Backtest.Engine.Parameters;
using Backtest.Engine.Statistics;
using Backtest.Launcher.Commands;
using Backtest.Launcher.Config;
using Backtest.Launcher.Errors;
using Backtest.Optimizer;
using Backtest.Optimizer.Objectives;
using Backtest.Optimizer.Parameters;
using Backtest.Optimizer.Search;

namespace Backtest.Launcher.Sweep;

/// <summary>
/// Turns config.json's <c>optimization</c> block into a validated <see cref="SweepPlan"/> for one algorithm type.
/// Every check runs before the first trial; every failure is a <see cref="ConfigException"/> naming the JSON path
/// under <c>$.optimization</c>. LEAN's default target <c>Statistics.TotalProfit</c> is read as our "Net Profit".
/// </summary>
internal static class SweepPlanBuilder
{
    private const string Root = "$.optimization";

    /// <summary>
    /// Builds the plan and checks it against the algorithm: names, declared ranges, and that every value of every
    /// searched parameter binds together with the config's fixed <paramref name="baseParameters"/>.
    /// </summary>
    /// <exception cref="ConfigException">The block is missing, names an unknown parameter, statistic or strategy, or
    /// holds a value the algorithm cannot take.</exception>
    public static SweepPlan Build(OptimizationOptions? block, [DynamicallyAccessedMembers(AlgorithmCatalog.Kept)] Type algorithmType, ImmutableSortedDictionary<string, string> baseParameters)
    {
        var options = block ?? throw ConfigException.At(null, Root, null, "the config has no \"optimization\" block",
            "Add one (see sweep.example.json at the repository root) or pass --config with a file that has it");
        var declared = ParameterBinder.Discover(algorithmType);
        CheckNames(options, declared, algorithmType.Name);
        var space = Guard(Root + ".parameters", () => new ParameterSpace(options.Parameters.Select(Spec),
            options.DefaultSegmentAmount ?? ParameterSpace.DefaultSegmentAmount));
        var search = Search(options.Strategy);
        var plan = new SweepPlan(space, Objective(options), search, RandomCount(options, search), (ulong)options.Seed, options.WalkForward);
        Guard(Root + ".parameters", () => space.Validate(declared));
        CheckBinding(space, algorithmType, baseParameters);
        CheckStatistics(plan.Objective);
        return plan;
    }

    private static void CheckNames(OptimizationOptions options, IReadOnlyList<ParameterDescriptor> declared, string algorithm)
    {
        for (var i = 0; i < options.Parameters.Length; i++)
        {
            var name = options.Parameters[i].Name;
            if (!declared.Any(d => string.Equals(d.Name, name, StringComparison.Ordinal)))
            {
                var names = declared.Select(d => d.Name).ToArray();
                var nearest = KeySuggester.Nearest(name, names);
                var hint = nearest is null ? string.Empty : $"did you mean '{nearest}'? ";
                throw ConfigException.At(null, $"{Root}.parameters[{i}].name", name, $"{algorithm} declares no parameter '{name}'",
                    $"{hint}Its parameters are: {string.Join(", ", names)}");
            }
        }
    }

    private static void CheckBinding(ParameterSpace space, [DynamicallyAccessedMembers(AlgorithmCatalog.Kept)] Type algorithmType, ImmutableSortedDictionary<string, string> baseParameters)
    {
        for (var i = 0; i < space.Dimensions.Count; i++)
        {
            var dimension = space.Dimensions[i];
            foreach (var text in dimension.Texts)
            {
                try
                {
                    AlgorithmCatalog.Create(algorithmType, baseParameters.SetItem(dimension.Name, text));
                }
                catch (ConfigException e)
                {
                    throw ConfigException.At(null, string.Create(CultureInfo.InvariantCulture, $"{Root}.parameters[{i}]"), text,
                        $"{dimension.Name} = {text} is not accepted ({e.Message.TrimEnd('.')})", "Use values of the parameter's type within its range, e.g. a whole-number step for an integer");
                }
            }
        }
    }

    private static ParameterSpec Spec(OptimizationParameter parameter) => parameter.IsStatic
        ? ParameterSpec.Static(parameter.Name, parameter.Value!)
        : ParameterSpec.Range(parameter.Name, (decimal)parameter.Min!.Value, (decimal)parameter.Max!.Value,
            (decimal?)parameter.Step, (decimal?)parameter.MinStep);

    private static Objective Objective(OptimizationOptions options)
    {
        var criterion = options.Criterion;
        var target = StatisticReader.Normalise(criterion.Target);
        target = string.Equals(target, "TotalProfit", StringComparison.OrdinalIgnoreCase) ? "Net Profit" : target;
        var constraints = options.Constraints
            .Select(c => new Constraint(c.Target, Operator(c.Operator), (decimal)c.TargetValue))
            .ToArray();
        var extremum = criterion.Extremum == OptimizationExtremum.Max ? Extremum.Max : Extremum.Min;
        return new Objective(target, extremum, constraints, (decimal?)criterion.TargetValue);
    }

    private static Optimizer.Objectives.ConstraintOperator Operator(Config.ConstraintOperator op) => op switch
    {
        Config.ConstraintOperator.Equals => Optimizer.Objectives.ConstraintOperator.Equals,
        Config.ConstraintOperator.NotEqual => Optimizer.Objectives.ConstraintOperator.NotEqual,
        Config.ConstraintOperator.Less => Optimizer.Objectives.ConstraintOperator.Less,
        Config.ConstraintOperator.LessOrEqual => Optimizer.Objectives.ConstraintOperator.LessOrEqual,
        Config.ConstraintOperator.Greater => Optimizer.Objectives.ConstraintOperator.Greater,
        _ => Optimizer.Objectives.ConstraintOperator.GreaterOrEqual,
    };

    /// <summary>A random search draws <c>samples</c> points; the other searches take none.</summary>
    private static int RandomCount(OptimizationOptions options, SearchKind search) => search != SearchKind.Random ? 0
        : options.Samples ?? throw ConfigException.At(null, Root + ".optimization-strategy-settings.samples", null,
            "a random search needs the number of grid points to draw", "Add \"samples\": 50 (and optionally \"seed\": 1) to optimization-strategy-settings");

    /// <summary>LEAN's strategy type names, or the short names grid, euler and random (ignoring case).</summary>
    private static SearchKind Search(string strategy)
    {
        var name = strategy.Split('.')[^1];
        if (name.StartsWith("Grid", StringComparison.OrdinalIgnoreCase))
        {
            return SearchKind.Grid;
        }

        if (name.StartsWith("Euler", StringComparison.OrdinalIgnoreCase))
        {
            return SearchKind.Euler;
        }

        if (name.StartsWith("Random", StringComparison.OrdinalIgnoreCase))
        {
            return SearchKind.Random;
        }

        throw ConfigException.At(null, Root + ".optimization-strategy", strategy, $"unknown optimization strategy '{strategy}'",
            "Use grid, euler, random, or LEAN's " + OptimizationOptions.GridSearch);
    }

    private static void CheckStatistics(Objective objective)
    {
        var keys = StatisticsFormatter.Keys;
        Guard(Root + ".optimization-criterion.target", () => StatisticReader.RequireKnown(objective.Target, Root + ".optimization-criterion.target", keys));
        for (var i = 0; i < objective.Constraints.Count; i++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"{Root}.constraints[{i}].target");
            Guard(path, () => StatisticReader.RequireKnown(objective.Constraints[i].Target, path, keys));
        }
    }

    private static void Guard(string path, Action check) => Guard(path, () =>
    {
        check();
        return 0;
    });

    /// <summary>Re-raises the optimizer's <see cref="DataException"/> as a usage error at <paramref name="path"/>.</summary>
    private static T Guard<T>(string path, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (DataException e) when (e is not ConfigException)
        {
            var message = e.Message.StartsWith('$') ? e.Message : $"{path}: {e.Message}";
            throw new ConfigException(message, e) { JsonPath = path };
        }
    }
}
