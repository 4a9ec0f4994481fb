using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace Backtest.Engine.Parameters;

/// <summary>
/// Finds the [Parameter] members of an algorithm type and binds string values to them (STYLE.md rule 9). Binding
/// is all-or-nothing: every value is parsed and range-checked before any member is written, so a bad name or value
/// fails before the first bar. Stateless and thread-safe; the target object is written only by <see cref="Bind"/>.
/// </summary>
public static class ParameterBinder
{
    private const BindingFlags Members = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    /// <summary>What the scan reads of each type; <see cref="Algorithm.QCAlgorithm"/> carries the same annotation, so
    /// a trimmed (Native AOT) build keeps these members on every algorithm class.</summary>
    public const DynamicallyAccessedMemberTypes Scanned =
        DynamicallyAccessedMemberTypes.PublicFields | DynamicallyAccessedMemberTypes.NonPublicFields |
        DynamicallyAccessedMemberTypes.PublicProperties | DynamicallyAccessedMemberTypes.NonPublicProperties;

    // Why the two suppressions below hold: the trimmer keeps the annotated members of QCAlgorithm and of every class
    // derived from it (a class-level annotation is inherited), so walking an algorithm's base types and reading
    // algorithm.GetType() only ever meet types whose fields and properties are kept. Other types are scanned only by
    // tests, which are never trimmed.
    private const string KeptOnAlgorithms = "QCAlgorithm's class-level [DynamicallyAccessedMembers] keeps the fields and properties of every algorithm class and its bases.";

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, IReadOnlyList<ParameterDescriptor>> Discovered = new();

    /// <summary>The declared parameters of <paramref name="algorithmType"/> (including base classes), ordered by
    /// name (ordinal).</summary>
    /// <exception cref="ParameterException">A declaration is unusable: unsupported type, read-only property,
    /// duplicate name, or Min above Max.</exception>
    public static IReadOnlyList<ParameterDescriptor> Discover([DynamicallyAccessedMembers(Scanned)] Type algorithmType)
    {
        ArgumentNullException.ThrowIfNull(algorithmType);
        // Reflection over the whole class hierarchy (QCAlgorithm has hundreds of members) cost more than a short
        // backtest; a sweep binds every trial, so each type is scanned once. Failed scans are not cached (they throw).
        // Not GetOrAdd with a factory: the factory's parameter would not carry the trimming annotation.
        if (Discovered.TryGetValue(algorithmType, out var known))
        {
            return known;
        }

        return Discovered.GetOrAdd(algorithmType, Array.AsReadOnly(Scan(algorithmType)));
    }

    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = KeptOnAlgorithms)]
    private static ParameterDescriptor[] Scan([DynamicallyAccessedMembers(Scanned)] Type algorithmType)
    {
        var found = new SortedDictionary<string, ParameterDescriptor>(StringComparer.Ordinal);
        for (var type = algorithmType; type is not null && type != typeof(object); type = type.BaseType)
        {
            // [Parameter] is valid on fields and properties only (AttributeUsage), so those are all the scan reads.
            foreach (var member in type.GetFields(Members | BindingFlags.DeclaredOnly).Concat<MemberInfo>(type.GetProperties(Members | BindingFlags.DeclaredOnly)))
            {
                if (member.GetCustomAttribute<ParameterAttribute>() is { } attribute)
                {
                    var descriptor = Describe(algorithmType, member, attribute);
                    if (!found.TryAdd(descriptor.Name, descriptor))
                    {
                        throw new ParameterException(descriptor.Name,
                            $"{algorithmType.Name} declares parameter '{descriptor.Name}' twice. Give one of the members another name in [Parameter(\"...\")].");
                    }
                }
            }
        }

        return [.. found.Values];
    }

    /// <summary>
    /// Binds <paramref name="values"/> (name -> invariant text) onto <paramref name="algorithm"/> and returns the
    /// effective parameter set: every declared parameter with its value after binding (defaults included), ordered
    /// by name (ordinal), formatted invariantly.
    /// </summary>
    /// <exception cref="ParameterException">An unknown name (with the nearest declared name), an unparseable value
    /// or a value outside [Min, Max]. Nothing is written in that case.</exception>
    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = KeptOnAlgorithms)]
    public static IReadOnlyList<KeyValuePair<string, string>> Bind(object algorithm, IReadOnlyDictionary<string, string> values)
    {
        var type = algorithm.GetType();
        var declared = Discover(type);
        var byName = new Dictionary<string, ParameterDescriptor>(StringComparer.Ordinal);
        foreach (var descriptor in declared)
        {
            byName[descriptor.Name] = descriptor;
        }

        var parsed = new List<(ParameterDescriptor Descriptor, object? Value)>();
        foreach (var name in values.Keys.Order(StringComparer.Ordinal))
        {
            if (!byName.TryGetValue(name, out var descriptor))
            {
                throw Unknown(type, name, declared);
            }

            parsed.Add((descriptor, Parse(type, descriptor, values[name])));
        }

        foreach (var (descriptor, value) in parsed)
        {
            descriptor.SetValue(algorithm, value);
        }

        return Effective(algorithm);
    }

    /// <summary>The current values of every declared parameter of <paramref name="algorithm"/>, by name (ordinal).</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = KeptOnAlgorithms)]
    public static IReadOnlyList<KeyValuePair<string, string>> Effective(object algorithm)
    {
        var result = new List<KeyValuePair<string, string>>();
        foreach (var descriptor in Discover(algorithm.GetType()))
        {
            result.Add(new(descriptor.Name, ParameterValueParser.Format(descriptor.GetValue(algorithm))));
        }

        return result;
    }

    private static ParameterDescriptor Describe(Type owner, MemberInfo member, ParameterAttribute attribute)
    {
        var name = attribute.Name ?? member.Name;
        var memberType = member switch
        {
            FieldInfo field => field.FieldType,
            PropertyInfo { CanWrite: true } property => property.PropertyType,
            _ => throw new ParameterException(name,
                $"{owner.Name}.{member.Name} is marked [Parameter] but cannot be written. Give the property a setter."),
        };
        var valueType = Nullable.GetUnderlyingType(memberType) ?? memberType;
        if (!ParameterValueParser.IsSupported(valueType))
        {
            throw new ParameterException(name,
                $"{owner.Name}.{member.Name} has type {memberType.Name}, which a parameter cannot have. Use int, long, double, decimal, bool, string or an enum.");
        }

        double? min = double.IsNaN(attribute.Min) ? null : attribute.Min;
        double? max = double.IsNaN(attribute.Max) ? null : attribute.Max;
        if (min > max)
        {
            throw new ParameterException(name, $"{owner.Name}.{member.Name} declares Min {min} above Max {max}. Swap or fix the bounds.");
        }

        double? step = double.IsNaN(attribute.Step) ? null : attribute.Step;
        return new ParameterDescriptor(name, member, valueType, min, max, step, attribute.Description, valueType != memberType);
    }

    private static object? Parse(Type owner, ParameterDescriptor descriptor, string text)
    {
        if (descriptor.IsNullable && string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = ParameterValueParser.TryParse(descriptor.ValueType, text, out var hint);
        if (value is null)
        {
            throw new ParameterException(descriptor.Name,
                $"Parameter '{descriptor.Name}' of {owner.Name}: '{text}' is not a valid {descriptor.ValueType.Name}. Give {hint}.");
        }

        if (ParameterValueParser.AsNumber(value) is { } number
            && ((descriptor.Min is { } min && number < min) || (descriptor.Max is { } max && number > max)))
        {
            throw new ParameterException(descriptor.Name,
                $"Parameter '{descriptor.Name}' of {owner.Name}: {text} is outside the declared range {Range(descriptor)}. Choose a value inside it.");
        }

        return value;
    }

    private static ParameterException Unknown(Type owner, string name, IReadOnlyList<ParameterDescriptor> declared)
    {
        var names = declared.Select(d => d.Name).ToList();
        var nearest = EditDistance.Nearest(name, names);
        var suggestion = nearest is null ? string.Empty : $" Did you mean '{nearest}'?";
        var list = names.Count == 0 ? "it declares none" : "declared: " + string.Join(", ", names);
        return new ParameterException(name,
            $"Parameter '{name}' is not declared by {owner.Name}.{suggestion} Fix the name in config.json \"parameters\" or the sweep grid ({list}).");
    }

    private static string Range(ParameterDescriptor d) =>
        $"[{(d.Min is { } min ? ParameterValueParser.Format(min) : "-inf")}, {(d.Max is { } max ? ParameterValueParser.Format(max) : "+inf")}]";
}
