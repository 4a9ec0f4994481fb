using System.Text;
using Backtest.Data.Errors;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace Backtest.Data.Tests.Robustness;

/// <summary>
/// Runs a reader over generated inputs with a fixed replay seed and a bounded case count, and checks the one contract
/// every reader has: it returns, or throws a <see cref="DataException"/> whose message names the file. Any other
/// exception type, or a case that runs longer than <see cref="CaseTimeout"/> (a hang), fails the property.
/// </summary>
internal static class Fuzz
{
    /// <summary>Far above the few milliseconds a case takes, far below a test-run timeout.</summary>
    public static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(10);

    public const int Cases = 300;

    /// <summary>Checks <paramref name="property"/> for <see cref="Cases"/> inputs drawn with a fixed seed.</summary>
    public static void Check<T>(Arbitrary<T> inputs, Func<T, bool> property, ulong seed = 20261122, int cases = Cases)
    {
        var config = Config.QuickThrowOnFailure
            .WithMaxTest(cases)
            .WithQuietOnSuccess(true)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed, 0x9E3779B97F4A7C15UL), FSharpOption<int>.None)));
        FsCheck.Check.One(config, Prop.ForAll(inputs, property));
    }

    /// <summary>
    /// Writes <paramref name="bytes"/> to <paramref name="path"/>, runs <paramref name="read"/> on it under the time
    /// guard and returns true when it returned or threw a <see cref="DataException"/> naming the file; otherwise throws
    /// with the input shown, so the failure report says what broke.
    /// </summary>
    public static bool AcceptsOrRejectsCleanly(string path, byte[] bytes, Action<string> read)
    {
        File.WriteAllBytes(path, bytes);
        var task = Task.Run(() => read(path));
        try
        {
            if (!task.Wait(CaseTimeout))
            {
                throw new TimeoutException($"The reader did not finish within {CaseTimeout.TotalSeconds} s on input {Show(bytes)}.");
            }
        }
        catch (AggregateException)
        {
            // Inspected below through task.Exception.
        }

        if (task.Exception is null)
        {
            return true;
        }

        var error = task.Exception.InnerException!;
        if (error is DataException data && data.Message.Contains(Path.GetFileName(path), StringComparison.Ordinal))
        {
            return true;
        }

        throw new InvalidOperationException($"Undocumented failure {error.GetType().Name} on input {Show(bytes)}", error);
    }

    /// <summary>Text of characters that matter to CSV parsers (separators, signs, digits, exponent, NaN/Infinity letters, BOM, quotes).</summary>
    public static Gen<string> CsvText(int maxLength) =>
        Gen.Elements("0123456789,,,--..\n\n\r eEINnaAfity\"\uFEFF\t:+".ToCharArray())
            .ArrayOf()
            .Select(chars => new string(chars, 0, Math.Min(chars.Length, maxLength)));

    /// <summary>A header line followed by text built from <see cref="CsvText"/>.</summary>
    public static Arbitrary<byte[]> CsvAfter(string header) =>
        Arb.From(CsvText(400).Select(body => Encoding.UTF8.GetBytes(header + "\n" + body)));

    /// <summary>Random mutations of <paramref name="valid"/>: replace, delete or insert one character, or duplicate a slice.</summary>
    public static Arbitrary<byte[]> Mutations(string valid) =>
        Arb.From(
            from kind in Gen.Choose(0, 3)
            from at in Gen.Choose(0, valid.Length - 1)
            from length in Gen.Choose(1, 40)
            from c in Gen.Elements("0123456789,-.\n eN:x".ToCharArray())
            select Encoding.UTF8.GetBytes(Mutate(valid, kind, at, length, c)));

    /// <summary>Random byte arrays of any content, including empty.</summary>
    public static Arbitrary<byte[]> AnyBytes() => ArbMap.Default.ArbFor<byte[]>();

    private static string Mutate(string text, int kind, int at, int length, char c) => kind switch
    {
        0 => string.Concat(text.AsSpan(0, at), c.ToString(), text.AsSpan(at + 1)),
        1 => text.Remove(at, Math.Min(length, text.Length - at)),
        2 => text.Insert(at, c.ToString()),
        _ => text.Insert(at, text.Substring(at, Math.Min(length, text.Length - at))),
    };

    private static string Show(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        return text.Length <= 300 ? $"'{text}'" : $"'{text[..300]}...' ({bytes.Length} bytes)";
    }
}
