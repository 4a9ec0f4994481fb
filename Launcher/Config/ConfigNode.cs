using System.Globalization;
using System.Text.Json;
using Backtest.Launcher.Errors;

namespace Backtest.Launcher.Config;

/// <summary>
/// A JSON value of config.json together with its JSON path, so every typed read can fail with a
/// <see cref="ConfigException"/> that names the path, the expected type and the raw text.
/// </summary>
internal readonly record struct ConfigNode(JsonElement Element, string Path, string? Source)
{
    /// <summary>
    /// The properties of this object, in file order. Fails on a non-object, on a key not in
    /// <paramref name="validKeys"/> (suggesting the nearest one) and on a key given twice.
    /// </summary>
    public IReadOnlyList<(string Key, ConfigNode Node)> Properties(IReadOnlyList<string> validKeys)
    {
        Expect(JsonValueKind.Object, "an object");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<(string, ConfigNode)>();
        foreach (var property in Element.EnumerateObject())
        {
            var child = new ConfigNode(property.Value, Path + "." + property.Name, Source);
            if (!validKeys.Contains(property.Name, StringComparer.Ordinal))
            {
                throw child.UnknownKey(property.Name, validKeys);
            }

            if (!seen.Add(property.Name))
            {
                throw child.Error(null, "the key appears twice", "Keep one of them; JSON readers disagree on which one wins");
            }

            result.Add((property.Name, child));
        }

        return result;
    }

    /// <summary>The properties of a free-form name-to-value object (parameters, rates); names are not checked.</summary>
    public IReadOnlyList<(string Key, ConfigNode Node)> Entries()
    {
        Expect(JsonValueKind.Object, "an object");
        var result = new List<(string, ConfigNode)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in Element.EnumerateObject())
        {
            var child = new ConfigNode(property.Value, Path + "." + property.Name, Source);
            if (!seen.Add(property.Name))
            {
                throw child.Error(null, "the name appears twice", "Keep one of them");
            }

            result.Add((property.Name, child));
        }

        return result;
    }

    /// <summary>The elements of this array, each with its indexed path.</summary>
    public IReadOnlyList<ConfigNode> Items()
    {
        Expect(JsonValueKind.Array, "an array");
        var result = new List<ConfigNode>();
        var index = 0;
        foreach (var item in Element.EnumerateArray())
        {
            result.Add(new ConfigNode(item, string.Create(CultureInfo.InvariantCulture, $"{Path}[{index++}]"), Source));
        }

        return result;
    }

    public string AsString()
    {
        Expect(JsonValueKind.String, "a string");
        return Element.GetString()!;
    }

    /// <summary>A non-empty, non-blank string.</summary>
    public string AsNonEmptyString()
    {
        var text = AsString();
        return string.IsNullOrWhiteSpace(text) ? throw Error(text, "the value is empty", "Write a value, or remove the key to use the default") : text;
    }

    public bool AsBoolean()
    {
        if (Element.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            throw WrongType("a boolean (true or false)");
        }

        return Element.GetBoolean();
    }

    /// <summary>A finite number; a quoted number is a type error, so the file says what it means.</summary>
    public double AsNumber()
    {
        Expect(JsonValueKind.Number, "a number");
        var value = Element.GetDouble();
        return double.IsFinite(value) ? value : throw Error(Element.GetRawText(), "the number is out of range", "Write a smaller number");
    }

    public int AsInteger()
    {
        Expect(JsonValueKind.Number, "a whole number");
        return Element.TryGetInt32(out var value) ? value
            : throw Error(Element.GetRawText(), "expected a whole number that fits in 32 bits", "Write an integer such as 4");
    }

    /// <summary>A date written as "yyyy-MM-dd".</summary>
    public DateOnly AsDate()
    {
        var text = AsString();
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Error(text, "expected a date as yyyy-MM-dd", "Write it like \"2020-01-31\"");
    }

    /// <summary>
    /// A string or a number, as invariant text: strings as written, numbers as their JSON text
    /// (so 0.10 stays "0.10"; JSON numbers are culture-free already).
    /// </summary>
    public string AsScalarText() => Element.ValueKind switch
    {
        JsonValueKind.String => Element.GetString()!,
        JsonValueKind.Number => Element.GetRawText(),
        _ => throw WrongType("a string or a number"),
    };

    /// <summary>One of <paramref name="names"/>, compared ignoring case; the error lists them all.</summary>
    public T AsChoice<T>(IReadOnlyList<(string Name, T Value)> names)
    {
        var text = AsString();
        foreach (var (name, value) in names)
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        var valid = string.Join(", ", names.Select(n => "\"" + n.Name + "\""));
        throw Error(text, "not a valid choice", "Use one of " + valid);
    }

    public ConfigException Error(string? rawText, string problem, string remedy) =>
        ConfigException.At(Source, Path, rawText, rawText is null ? problem : $"{problem} (found '{Shorten(rawText)}')", remedy);

    private void Expect(JsonValueKind kind, string expected)
    {
        if (Element.ValueKind != kind)
        {
            throw WrongType(expected);
        }
    }

    private ConfigException WrongType(string expected)
    {
        var raw = Element.GetRawText();
        var found = Element.ValueKind switch
        {
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            _ => "null",
        };
        return ConfigException.At(Source, Path, raw, $"expected {expected}, found {found} {Shorten(raw)}", $"Write {expected} here");
    }

    private ConfigException UnknownKey(string key, IReadOnlyList<string> validKeys)
    {
        var nearest = KeySuggester.Nearest(key, validKeys);
        var hint = nearest is null ? string.Empty : $"; did you mean '{nearest}'?";
        return ConfigException.At(Source, Path, key, "unknown key" + hint,
            "Valid keys here: " + string.Join(", ", validKeys.Order(StringComparer.Ordinal)));
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");
}
