using System.Text;

namespace Backtest.Data.Validation;

/// <summary>
/// A data row's text as the validator quotes it in errors and warnings: either a string already read, or the row's
/// UTF-8 bytes in a buffer, turned into text only when a problem is reported (readers that parse bytes then allocate
/// nothing per valid row). The buffer must stay unchanged while the row is being checked.
/// </summary>
internal readonly struct RawLine
{
    private readonly string? _text;
    private readonly byte[]? _bytes;
    private readonly int _start;
    private readonly int _length;

    public RawLine(string text) => _text = text;

    public RawLine(byte[] bytes, int start, int length)
    {
        _bytes = bytes;
        _start = start;
        _length = length;
    }

    public static implicit operator RawLine(string text) => new(text);

    public override string ToString() => _text ?? (_bytes is null ? string.Empty : Encoding.UTF8.GetString(_bytes, _start, _length));
}
