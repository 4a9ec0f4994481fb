namespace Backtest.Data.Validation;

/// <summary>The outcome of validating one file of a data folder.</summary>
/// <param name="Path">The file, relative to the validated folder, with '/' separators.</param>
/// <param name="Kind">What the file was recognised as.</param>
/// <param name="Rows">Data rows read (0 for skipped files and JSON).</param>
/// <param name="Error">The first error's message (file, line, column, raw text, remedy), or null when the file is valid.</param>
/// <param name="Warnings">Problems downgraded by the validation options, in line order.</param>
/// <param name="Note">Extra information, e.g. "not a data file, skipped" or rows skipped as LEAN skips them.</param>
public sealed record FileValidationResult(string Path, DataFileKind Kind, int Rows, string? Error, IReadOnlyList<ValidationWarning> Warnings, string? Note)
{
    /// <summary>True when the file is valid (or was skipped as not a data file).</summary>
    public bool Ok => Error is null;
}
