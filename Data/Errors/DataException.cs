namespace Backtest.Data.Errors;

/// <summary>
/// The one exception family for bad input (STYLE.md rule 6). The message always says where
/// (file, line, column or JSON path), what was found, and what to do about it.
/// </summary>
public class DataException : Exception
{
    public DataException(string message) : base(message)
    {
    }

    public DataException(string message, Exception inner) : base(message, inner)
    {
    }

    public DataException()
    {
    }

    /// <summary>The file the problem is in, when there is one.</summary>
    public string? File { get; init; }

    /// <summary>1-based line number, when known.</summary>
    public int? Line { get; init; }

    /// <summary>Column name or 1-based index, when known.</summary>
    public string? Column { get; init; }

    /// <summary>The raw text that could not be accepted, when there is one.</summary>
    public string? RawText { get; init; }

    /// <summary>Creates an error located at a file, line and column with the offending text and a remedy.</summary>
    public static DataException At(string file, int line, string? column, string? rawText, string problem, string remedy)
    {
        var where = column is null ? $"{file}:{line}" : $"{file}:{line}, column {column}";
        var raw = rawText is null ? string.Empty : $" (found '{Shorten(rawText)}')";
        return new DataException($"{where}: {problem}{raw}. {remedy}")
        {
            File = file,
            Line = line,
            Column = column,
            RawText = rawText,
        };
    }

    /// <summary>Creates an error about a whole file.</summary>
    public static DataException InFile(string file, string problem, string remedy) =>
        new($"{file}: {problem}. {remedy}") { File = file };

    private static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "...");
}
