#!/usr/bin/env python3
"""Times whole commands when hyperfine is not installed, and writes hyperfine's JSON shape (command, mean, median, min,
max in seconds) so write-results.py reads either. Commands run without a shell (like hyperfine -N), output discarded.

Usage: time-commands.py --warmup N --runs N --export-json FILE "command one" "command two" ...
"""
import argparse
import json
import shlex
import statistics
import subprocess
import sys
import time


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--export-json", required=True)
    parser.add_argument("commands", nargs="+")
    args = parser.parse_args()
    if args.runs < 1 or args.warmup < 0:
        print("time-commands.py: --runs must be at least 1 and --warmup at least 0", file=sys.stderr)
        return 2

    results = []
    for command in args.commands:
        argv = shlex.split(command)
        times = []
        for i in range(args.warmup + args.runs):
            start = time.perf_counter()
            code = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
            elapsed = time.perf_counter() - start
            if code != 0:
                print(f"time-commands.py: '{command}' exited with {code}; fix it or leave it out", file=sys.stderr)
                return 1
            if i >= args.warmup:
                times.append(elapsed)
        result = {"command": command, "mean": statistics.fmean(times), "median": statistics.median(times),
                  "min": min(times), "max": max(times), "times": times}
        results.append(result)
        print(f"{command}\n  median {result['median']:.3f} s  range {result['min']:.3f}..{result['max']:.3f} s ({args.runs} runs)")

    with open(args.export_json, "w", encoding="utf-8") as f:
        json.dump({"results": results}, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
