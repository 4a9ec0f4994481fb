using Backtest.Data.Errors;
using Backtest.Launcher.Config;
using Backtest.Testing;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace Backtest.Launcher.Tests.Robustness;

/// <summary>
/// Any text as config.json yields options or a <see cref="Backtest.Launcher.Errors.ConfigException"/> (never another exception type
/// or a hang): random JSON-flavoured text, and single mutations of a valid config. Fixed seed, bounded cases.
/// </summary>
public sealed class ConfigReaderFuzzTests : IDisposable
{
    private const string Valid = """
        {
          // LEAN-style comment
          "algorithm-type-name": "DualMomentum",
          "algorithm-language": "CSharp",
          "data-folder": "Data/sample",
          "parameters": { "lookback": "63", "top-n": 2 },
          "start-date": "2020-01-02",
          "end-date": "2023-12-29",
          "cash": 100000,
          "resolution": "Daily",
          "log-level": "Information",
          "rates": { "DFF": "rates/DFF.csv" },
          "optimization": {
            "optimization-strategy": "GridSearch",
            "optimization-criterion": { "target": "SharpeRatio", "extremum": "max" },
            "parameters": [ { "name": "lookback", "min": 21, "max": 126, "step": 21 } ],
            "constraints": [ { "target": "Drawdown", "operator": "less", "target-value": 0.25 } ]
          },
        }
        """;

    private static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(10);

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Read_ValidFixture_Loads() =>
        Assert.Equal("DualMomentum", ConfigReader.Read(Valid, "config.json", temp.Path).AlgorithmTypeName);

    [Fact]
    public void Read_RandomJsonText_OptionsOrConfigException()
    {
        var text = Gen.Elements("{}[]\":,0123456789.-eE truefalsn\\\u0000\n/*abcdrsy".ToCharArray()).ArrayOf().Select(c => new string(c));
        Check(Arb.From(text));
    }

    [Fact]
    public void Read_MutatedValidConfig_OptionsOrConfigException()
    {
        var mutated = from kind in Gen.Choose(0, 3)
                      from at in Gen.Choose(0, Valid.Length - 1)
                      from length in Gen.Choose(1, 30)
                      from c in Gen.Elements("{}[]\":,0-9. x\u0000\\".ToCharArray())
                      select Mutate(kind, at, length, c);
        Check(Arb.From(mutated));
    }

    [Fact]
    public void Read_ValuesOfEveryKindAtEveryKey_OptionsOrConfigException()
    {
        string[] values = ["0", "-1", "1e400", "\"\"", "\"x\"", "\"\\u0000\"", "true", "null", "[]", "{}", "[1,2]", "{\"a\":1}", "\"2024-13-01\"", "\"" + new string('a', 5000) + "\""];
        var configs = from key in Gen.Elements([.. ConfigReader.Keys])
                      from value in Gen.Elements(values)
                      select $$"""{ "algorithm-type-name": "A", "{{key}}": {{value}} }""";
        Check(Arb.From(configs));
    }

    private static string Mutate(int kind, int at, int length, char c) => kind switch
    {
        0 => string.Concat(Valid.AsSpan(0, at), c.ToString(), Valid.AsSpan(at + 1)),
        1 => Valid.Remove(at, Math.Min(length, Valid.Length - at)),
        2 => Valid.Insert(at, c.ToString()),
        _ => Valid.Insert(at, Valid.Substring(at, Math.Min(length, Valid.Length - at))),
    };

    private void Check(Arbitrary<string> inputs)
    {
        var config = FsCheck.Config.QuickThrowOnFailure
            .WithMaxTest(300)
            .WithQuietOnSuccess(true)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(20261122UL, 0x9E3779B97F4A7C15UL), FSharpOption<int>.None)));
        FsCheck.Check.One(config, Prop.ForAll(inputs, json => ReadsOrRejectsCleanly(json)));
    }

    private bool ReadsOrRejectsCleanly(string json)
    {
        var task = Task.Run(() => ConfigReader.Read(json, "config.json", temp.Path));
        try
        {
            if (!task.Wait(CaseTimeout))
            {
                throw new TimeoutException($"ConfigReader did not finish within {CaseTimeout.TotalSeconds} s on '{json}'.");
            }
        }
        catch (AggregateException)
        {
            // Inspected below.
        }

        return task.Exception?.InnerException switch
        {
            null => true,
            Backtest.Launcher.Errors.ConfigException e when e.Message.StartsWith("config.json", StringComparison.Ordinal) => true,
            DataException e => throw new InvalidOperationException($"A DataException that is not a ConfigException naming the file on '{json}'", e),
            var e => throw new InvalidOperationException($"Undocumented failure {e.GetType().Name} on '{json}'", e),
        };
    }
}
