#!/usr/bin/env bash
# Builds Release, checks W1 against the reference, runs the Stopwatch profile, the BenchmarkDotNet suites (ShortRun),
# whole-process timings of `backtest run`, and W3 scaling points; writes benchmarks/RESULTS.md.
# Market data is copied at run time from the shared folder into /tmp, never into the repository.
# Usage: benchmarks/run-workloads.sh [--quick]   (--quick: skip BenchmarkDotNet and the largest W3 points)
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)
SHARED_DAILY=${W1_DATA:-$(cd "$(dirname "$0")/.." && pwd)/../shared/data/market/daily}
WORK=${BENCH_TMP:-$(mktemp -d)}
OUT=$WORK/out
QUICK=${1:-}
mkdir -p "$OUT"
BENCH="dotnet benchmarks/Backtest.Benchmarks/bin/Release/net10.0/Backtest.Benchmarks.dll"
CLI="dotnet Launcher/bin/Release/net10.0/backtest.dll"

echo "== build (Release)"
dotnet build benchmarks/Backtest.Benchmarks -c Release -v q -nologo | tail -3
dotnet build Launcher -c Release -v q -nologo | tail -3

echo "== W1 check (engine vs independent reference, N=5)"
W1_DATA=$SHARED_DAILY $BENCH check 5 | tee "$OUT/check.txt" || true

echo "== W1 Stopwatch profile"
W1_DATA=$SHARED_DAILY $BENCH profile | tee "$OUT/profile.txt"

echo "== whole process: backtest run"
# The configs name "data" and "results" relative to themselves: copy them beside a temporary data folder.
W1DIR=$(mktemp -d) && mkdir -p "$W1DIR/data"
cp "$SHARED_DAILY"/IWM.csv "$SHARED_DAILY"/QQQ.csv "$SHARED_DAILY"/IJR.csv "$W1DIR/data/"
cp benchmarks/w1-config.json benchmarks/w1-proxy-config.json "$W1DIR/"
# The exact W1 config (IWM alone) is timed; the proxy (IwmWeight 0.5, + IJR) is the fallback.
if $CLI run --config "$W1DIR/w1-config.json" >"$OUT/cli-exact.txt" 2>&1; then CONFIG=$W1DIR/w1-config.json; else CONFIG=$W1DIR/w1-proxy-config.json; fi
echo "$CONFIG" >"$OUT/cli-config.txt"
# ReadyToRun variant (opt-in, not what the README runs): precompiled code instead of JIT at start-up. Published inside
# the repository's bin folder so the tear sheet still finds Report/web's ECharts. Skipped when the runtime pack for
# crossgen cannot be restored.
R2R_CLI=""
if dotnet publish Launcher -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o Launcher/bin/r2r -v q -nologo >"$OUT/r2r-publish.txt" 2>&1; then
  R2R_CLI="dotnet Launcher/bin/r2r/backtest.dll"
fi
# Native AOT variant (docs/native-aot.md): the same program compiled ahead of time to one native executable. Built in
# its own artifacts folder (the JIT build's bin/obj stay as they are) and published into the repository's bin folder,
# again so the tear sheet finds ECharts. Skipped when the publish fails (no C toolchain to link with).
AOT_CLI=""
if dotnet publish Launcher -c Release -r linux-x64 -p:PublishAot=true --artifacts-path "$WORK/aot-artifacts" -o Launcher/bin/aot -v q -nologo >"$OUT/aot-publish.txt" 2>&1; then
  AOT_CLI="Launcher/bin/aot/backtest"
fi
# The target excludes the tear sheet (--no-tear-sheet); the run with it is timed too. The README's (JIT) run without
# the tear sheet stays the last command: write-results.py reads the whole-process figure from it.
RUN="run --config $CONFIG --no-tear-sheet"
# hyperfine when installed, else benchmarks/time-commands.py (same JSON, same no-shell timing).
TIMER=(python3 benchmarks/time-commands.py)
command -v hyperfine >/dev/null && TIMER=(hyperfine -N)
"${TIMER[@]}" --warmup 2 --runs 10 --export-json "$OUT/cli.json" \
  "$CLI --version" ${R2R_CLI:+"$R2R_CLI --version" "$R2R_CLI $RUN"} ${AOT_CLI:+"$AOT_CLI --version" "$AOT_CLI run --config $CONFIG" "$AOT_CLI $RUN"} \
  "$CLI run --config $CONFIG" "$CLI $RUN" | tee "$OUT/cli.txt"
# Fixed vs data-proportional cost: the same run over six weeks only.
"${TIMER[@]}" --warmup 1 --runs 6 --export-json "$OUT/cli-breakdown.json" \
  "$CLI $RUN --start 2026-05-01 --end 2026-06-12" | tee "$OUT/cli-breakdown.txt"
/usr/bin/time -f "%M" -o "$OUT/cli-peak-kb.txt" $CLI $RUN >/dev/null 2>&1 || true
[ -n "$AOT_CLI" ] && { /usr/bin/time -f "%M" -o "$OUT/aot-peak-kb.txt" $AOT_CLI $RUN >/dev/null 2>&1 || true; }

echo "== CLI sweeps: W1 (100 trials) and W2 (1,000 trials), 1 and 2 workers, each into a fresh folder"
: >"$OUT/cli-sweeps.txt"
SPECS=("W1:benchmarks/w1-sweep-market.json" "W2:benchmarks/w2-sweep.json")
[ -n "$AOT_CLI" ] && SPECS+=("W1-aot:benchmarks/w1-sweep-market.json" "W2-aot:benchmarks/w2-sweep.json")
for spec in "${SPECS[@]}"; do
  NAME=${spec%%:*}; CFG=${spec#*:}
  SWEEP_CLI=$CLI; [[ $NAME == *-aot ]] && SWEEP_CLI=$AOT_CLI
  for W in 1 2; do
    # Three fresh sweeps (a rerun into the same folder would reuse every trial); the median wall time is reported.
    : >"$WORK/sweep-walls.txt"
    for R in 1 2 3; do
      rm -rf "$WORK/sweep-$NAME-$W"
      /usr/bin/time -f "%e %M" -o "$WORK/sweep-time.txt" $SWEEP_CLI sweep --config "$CFG" --workers $W --out "$WORK/sweep-$NAME-$W" --tear-sheets 0 >"$WORK/sweep-$NAME-$W.txt" 2>&1 \
        || { echo "$NAME workers=$W failed" | tee -a "$OUT/cli-sweeps.txt"; continue 2; }
      cat "$WORK/sweep-time.txt" >>"$WORK/sweep-walls.txt"
    done
    TRIALS=$(grep -oE '^Trials: [0-9]+' "$WORK/sweep-$NAME-$W.txt" | grep -oE '[0-9]+')
    read -r WALL PEAK < <(sort -n "$WORK/sweep-walls.txt" | sed -n 2p)
    RANGE=$(sort -n "$WORK/sweep-walls.txt" | awk 'NR==1{lo=$1} {hi=$1} END{print lo ".." hi}')
    echo "$NAME workers=$W trials=$TRIALS wall_s=$WALL range_s=$RANGE peak_kb=$PEAK" | tee -a "$OUT/cli-sweeps.txt"
  done
  cmp -s "$WORK/sweep-$NAME-1/trials.csv" "$WORK/sweep-$NAME-2/trials.csv" && echo "$NAME trials.csv identical for 1 and 2 workers" | tee -a "$OUT/cli-sweeps.txt"
done
echo "== W1 sweep under workstation vs server GC"
{ W1_DATA=$SHARED_DAILY $BENCH sweep; DOTNET_gcServer=1 W1_DATA=$SHARED_DAILY $BENCH sweep; } | tee "$OUT/sweep-gc.txt"

echo "== W3 scaling points (each in its own process)"
: >"$OUT/w3.txt"
POINTS="10:25 100:5 100:25"
[ "$QUICK" = "--quick" ] || POINTS="$POINTS 1000:25 100:100"
$BENCH w3 "$WORK/w3-100-25" 100 25 idle | tee "$OUT/w3-idle.txt" || true
for p in $POINTS; do
  S=${p%%:*}; Y=${p##*:}
  $BENCH w3 "$WORK/w3-$S-$Y" "$S" "$Y" | tee -a "$OUT/w3.txt" || echo "W3 S=$S Y=$Y failed" | tee -a "$OUT/w3.txt"
done

if [ "$QUICK" != "--quick" ]; then
  echo "== BenchmarkDotNet suites (ShortRun)"
  W1_DATA=$SHARED_DAILY $BENCH --filter '*' --artifacts "$WORK/bdn" | tail -80 >"$OUT/bdn-console.txt"
  cat "$WORK"/bdn/results/*-report-github.md >"$OUT/bdn.md"
fi

python3 benchmarks/write-results.py "$OUT" "$REPO/benchmarks/RESULTS.md"
echo "wrote benchmarks/RESULTS.md"
