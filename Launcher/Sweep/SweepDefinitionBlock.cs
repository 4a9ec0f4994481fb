using System.Text.Json;
using Backtest.Launcher.Config;

namespace Backtest.Launcher.Sweep;

/// <summary>Writes an <see cref="OptimizationOptions"/> back in config.json's keys, so <see cref="OptimizationReader"/>
/// reads the same block back (numbers round-trip; the worker count is left out as it changes no result).</summary>
internal static class SweepDefinitionBlock
{
    public static void Write(Utf8JsonWriter w, OptimizationOptions block)
    {
        w.WriteStartObject();
        w.WriteString("optimization-strategy", block.Strategy);
        w.WriteStartObject("optimization-strategy-settings");
        if (block.DefaultSegmentAmount is { } segments)
        {
            w.WriteNumber("default-segment-amount", segments);
        }

        if (block.Samples is { } samples)
        {
            w.WriteNumber("samples", samples);
        }

        w.WriteNumber("seed", block.Seed);
        w.WriteEndObject();
        w.WriteStartObject("optimization-criterion");
        w.WriteString("target", block.Criterion.Target);
        w.WriteString("extremum", block.Criterion.Extremum == OptimizationExtremum.Max ? "max" : "min");
        Number(w, "target-value", block.Criterion.TargetValue);
        w.WriteEndObject();
        w.WriteStartArray("constraints");
        foreach (var c in block.Constraints)
        {
            w.WriteStartObject();
            w.WriteString("target", c.Target);
            w.WriteString("operator", c.Operator.ToString());
            w.WriteNumber("target-value", c.TargetValue);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Parameters(w, block);
        if (block.WalkForward is { } wf)
        {
            w.WriteStartObject("walk-forward");
            w.WriteNumber("in-sample-days", wf.InSampleLength);
            w.WriteNumber("out-of-sample-days", wf.OutOfSampleLength);
            if (wf.Step is { } step)
            {
                w.WriteNumber("step-days", step);
            }

            w.WriteBoolean("anchored", wf.Anchored);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void Parameters(Utf8JsonWriter w, OptimizationOptions block)
    {
        w.WriteStartArray("parameters");
        foreach (var p in block.Parameters)
        {
            w.WriteStartObject();
            w.WriteString("name", p.Name);
            if (p.Value is { } value)
            {
                w.WriteString("value", value);
            }

            Number(w, "min", p.Min);
            Number(w, "max", p.Max);
            Number(w, "step", p.Step);
            Number(w, "min-step", p.MinStep);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
    }
}
