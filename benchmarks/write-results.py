#!/usr/bin/env python3
"""Writes benchmarks/RESULTS.md from the outputs run-workloads.sh collected (argv: out folder, RESULTS.md path)."""
import datetime, json, os, re, subprocess, sys

out, target = sys.argv[1], sys.argv[2]
here = os.path.dirname(os.path.abspath(__file__))


def read(name):
    path = os.path.join(out, name)
    return open(path).read() if os.path.exists(path) else ""


def first(pattern, text):
    m = re.search(pattern, text)
    return float(m.group(1)) if m else None


def verdict(value, limit):
    return "n/a" if value is None else ("MET" if value <= limit else "NOT MET")


cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
mem = next((l.split(":", 1)[1].strip() for l in open("/proc/meminfo") if l.startswith("MemTotal")), "?")
nproc = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
dirty = subprocess.run(["git", "status", "--porcelain"], capture_output=True, text=True).stdout.strip()
dotnet = subprocess.run(["dotnet", "--version"], capture_output=True, text=True).stdout.strip()
load = open("/proc/loadavg").read().split()[:3]

profile, check, w3, bdn = read("profile.txt"), read("check.txt"), read("w3.txt"), read("bdn.md")
single = first(r"run N=5 \(warm, median of 21\): ([\d.]+)", profile)
sweep2 = first(r"sweep 100 trials, 2 worker\(s\) \(median of 5[^)]*\): ([\d.]+)", profile)
# The fastest of the repetitions: on a shared VM whose speed drifts by minutes the median moves with the machine's
# phase, the minimum much less (it is the run the other tenants disturbed least).
single_min = first(r"run N=5 \(warm, median of 21\): [\d.]+ ms \(range (\d+\.\d+)", profile)
trial_min = first(r"sweep trial N=5, no plots[^:]*: [\d.]+ ms \(range (\d+\.\d+)", profile)
sweep2_min = first(r"sweep 100 trials, 2 worker\(s\) \(median of 5[^)]*\): [\d.]+ ms \(range (\d+\.\d+)", profile)
alloc100 = first(r"allocated by one run N=100: ([\d.]+) KiB", profile)
def bdn_mean(label):
    # Mean column of a BenchmarkDotNet github table row whose first cells match label (e.g. "RunW1 | 5").
    for line in bdn.splitlines():
        cells = [c.strip().strip("*") for c in line.strip("|").split("|")]
        if "|".join(cells[:2]).replace(" ", "") == label.replace(" ", ""):
            m = re.match(r"([\d,.]+) (ms|μs|s)", cells[2])
            if m:
                v = float(m.group(1).replace(",", ""))
                return v * {"ms": 1, "μs": 1e-3, "s": 1e3}[m.group(2)]
    return None


single_bdn, sweep_bdn = bdn_mean("RunW1|5"), bdn_mean("Sweep100|2")
marginal = first(r"marginal allocation per day[^:]*: (-?[\d.]+) B", profile)
pooled = first(r"marginal allocation per day, sweep trial with pooled series[^:]*: (-?[\d.]+) B", profile)
pooled_run = first(r"one such trial allocates ([\d.]+) KiB", profile)
cli = None
if read("cli.json"):
    results = json.loads(read("cli.json"))["results"]
    cli = [(r["command"], r["median"], r["min"], r["max"], r["mean"]) for r in results]
cli_run = cli[-1][1] if cli else None
r2r_run = next((m for c, m, *_ in (cli or []) if "r2r" in c and " run " in c and "--no-tear-sheet" in c), None)
aot_run = next((m for c, m, *_ in (cli or []) if "bin/aot/" in c and " run " in c and "--no-tear-sheet" in c), None)
aot_peak_kb = read("aot-peak-kb.txt").strip().splitlines()[-1:] or ["?"]
peak_kb = read("cli-peak-kb.txt").strip().splitlines()[-1:] or ["?"]

lines = [
    "# Benchmark results",
    "",
    "Figures from one run of `benchmarks/run-workloads.sh` on a 2-core machine (the load average below says how quiet",
    "it was; other work on the machine makes times pessimistic). Ranges show the spread. Regenerate with that script.",
    "",
    "## Machine",
    f"- date (UTC): {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M}",
    f"- commit: {commit}{' (with uncommitted changes)' if dirty else ''}; .NET SDK {dotnet}",
    f"- nproc: {nproc}; CPU: {cpu}; memory: {mem}; load average at the end: {' '.join(load)}",
    "",
    "## Targets",
    "| target | limit | measured (median) | verdict |",
    "|---|---|---|---|",
    f"| W1 one backtest, data loaded | <= 1 ms | BDN mean {single_bdn} ms; Stopwatch median {single} ms (fastest of 21: {single_min} ms; as a sweep trial without plots {trial_min} ms) | {verdict(single_bdn or single, 1)} |",
    f"| W1 sweep, 100 trials, 2 workers, one process | <= 30 ms | BDN mean {sweep_bdn} ms; Stopwatch median {sweep2} ms (fastest of 5: {sweep2_min} ms) | {verdict(sweep_bdn or sweep2, 30)} |",
    f"| `backtest run` whole process (no tear sheet) | <= 0.4 s | JIT (README build) {cli_run and round(cli_run, 3)} s; ReadyToRun publish {r2r_run and round(r2r_run, 3)} s; Native AOT publish {aot_run and round(aot_run, 3)} s | JIT {verdict(cli_run, 0.4)}; ReadyToRun {verdict(r2r_run, 0.4)}; Native AOT {verdict(aot_run, 0.4)} |",
    f"| per-bar steady-state allocation | 0 B | sweep trial (pooled series): {pooled} B per extra trading day, {pooled_run} KiB per whole trial; single run with plots: {marginal} B per extra day (the plot points and series it keeps), {alloc100} KiB per run | {verdict(pooled, 0)} (sweep trial); {verdict(marginal, 0)} (run with plots) |",
    "",
    "## W1 correctness check (engine vs independent reference, N = 5)",
    "```", check.strip(), "```",
    "",
    "## W1 Stopwatch profile (one process)",
    "```", profile.strip(), "```",
    "",
    "## Whole process (`backtest run`, hyperfine or benchmarks/time-commands.py when it is absent, 2 warm-ups, 10 runs)",
    f"Config: `{read('cli-config.txt').strip()}`; peak RSS of one run: {peak_kb[0]} KB (JIT), {aot_peak_kb[0]} KB (Native AOT).",
    "",
]
# The configs are copied into a temporary folder beside their data; show that folder as <tmp>, not a machine path.
tmp_dir = os.path.dirname(read("cli-config.txt").strip())
if tmp_dir:
    lines = [l.replace(tmp_dir + "/", "<tmp>/") for l in lines]
    cli = [(c.replace(tmp_dir + "/", "<tmp>/"), *rest) for c, *rest in (cli or [])] or None
if cli:
    lines += ["| command | median s | min s | max s | mean s |", "|---|---|---|---|---|"]
    lines += [f"| `{c}` | {m:.3f} | {lo:.3f} | {hi:.3f} | {mean:.3f} |" for c, m, lo, hi, mean in cli]
else:
    lines += ["(no timings: the timer failed; see cli.txt of the run)"]
if read("cli-breakdown.json"):
    r = json.loads(read("cli-breakdown.json"))["results"][0]
    lines += ["", f"Same run over six weeks only (fixed cost of a run): median {r['median']:.3f} s (range {r['min']:.3f}..{r['max']:.3f})."]
sweeps = read("cli-sweeps.txt")
if sweeps:
    lines += ["", "## CLI sweeps (`backtest sweep`, whole process: start-up, data load, trials, store, diagnostics, report; no tear sheets)",
              "| workload | workers | trials | wall s (median of 3) | range s | trials per s | peak RSS MiB |", "|---|---|---|---|---|---|---|"]
    for line in sweeps.splitlines():
        f = dict(kv.split("=", 1) for kv in line.split()[1:] if "=" in kv)
        if "wall_s" in f and f.get("trials"):
            rate = int(f["trials"]) / float(f["wall_s"])
            lines.append(f"| {line.split()[0]} | {f['workers']} | {f['trials']} | {float(f['wall_s']):.2f} | {f.get('range_s', '')} | {rate:.1f} | {int(f['peak_kb']) / 1024:.0f} |")
        else:
            lines.append(f"| {line} | | | | | | |")
lines += ["", "## W1 sweep: workstation vs server GC", "```", read("sweep-gc.txt").strip(), "```"]
lines += ["", "## W3 scaling (monthly top-10% momentum, equal weights; warm = median of the runs after a cold one (at least 5, more until they took 1 s, at most 101; count and range in brackets); peak = process working set)",
          "| S | Y | days | load ms | run cold ms | run warm ms | ns/bar | alloc B/bar | peak MiB | peak B/bar | orders |",
          "|---|---|---|---|---|---|---|---|---|---|---|"]
for line in (w3 + "\n" + read("w3-idle.txt")).splitlines():
    f = dict(kv.split("=", 1) for kv in line.split("\t")[1:] if "=" in kv)
    if f:
        runs = f"{f['warm_runs']} runs, " if "warm_runs" in f else ""
        warm_range = f" ({runs}{f['run_warm_min_ms']}..{f['run_warm_max_ms']})" if "run_warm_min_ms" in f else ""
        lines.append(f"| {f['S']}{' (idle: no trading)' if 'idle' in line.split(chr(9))[0] else ''} | {f['Y']} | {f['days']} | {f['load_ms']} | {f['run_cold_ms']} | {f['run_warm_ms']}{warm_range} | {f['ns_per_bar']} | {f['alloc_bytes_per_bar']} | {f['peak_ws_MiB']} | {f['peak_bytes_per_bar']} | {f['orders']} |")
    elif line.strip():
        lines.append(f"| {line} |")
if bdn:
    lines += ["", "## BenchmarkDotNet (ShortRun: 1 launch, 3 warm-ups, 3 iterations; MemoryDiagnoser)", "", bdn.strip()]
analysis = os.path.join(here, "analysis.md")
if os.path.exists(analysis):
    lines += ["", open(analysis).read().strip()]
open(target, "w").write("\n".join(lines) + "\n")
