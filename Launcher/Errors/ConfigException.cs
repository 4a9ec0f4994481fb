using Backtest.Data.Errors;

namespace Backtest.Launcher.Errors;

/// <summary>
/// A config.json or command-line value that cannot be accepted. The message names the JSON path
/// (e.g. <c>$.optimization.constraints[0].operator</c>) or the command-line option (e.g. <c>--start</c>),
/// what was found, and what to do. Maps to exit code 2, not 3, although it is a <see cref="DataException"/>.
/// </summary>
internal sealed class ConfigException : DataException
{
    public ConfigException(string message) : base(message)
    {
    }

    public ConfigException(string message, Exception inner) : base(message, inner)
    {
    }

    public ConfigException()
    {
    }

    /// <summary>The JSON path (<c>$.key</c>) or command-line option (<c>--option</c>) at fault.</summary>
    public string JsonPath { get; init; } = "$";

    /// <summary>Creates an error at a path: "<paramref name="source"/>: <paramref name="path"/>: problem. remedy.".</summary>
    public static ConfigException At(string? source, string path, string? rawText, string problem, string remedy)
    {
        var where = source is null ? path : $"{source}: {path}";
        var end = remedy.EndsWith('.') || remedy.EndsWith('?') ? string.Empty : ".";
        var stop = problem.EndsWith('?') ? " " : ". ";
        return new ConfigException($"{where}: {problem}{stop}{remedy}{end}")
        {
            JsonPath = path,
            File = source,
            RawText = rawText,
        };
    }
}
