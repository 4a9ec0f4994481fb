#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine, installing what the tests need first.
# Last line: "Tests: N passed, N failed, N skipped". Exit code 0 only when nothing failed.
set -euo pipefail
cd "$(dirname "$0")"

install_chromium() {
  # The tear-sheet tests drive Debian's chromium (never a downloaded browser).
  if command -v chromium >/dev/null 2>&1; then return 0; fi
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian chromium for the browser tests..."
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
      || echo "warning: chromium could not be installed; browser tests will skip with a reason."
  else
    echo "warning: chromium is not installed and this user cannot install it; browser tests will skip."
  fi
}

install_front_end() {
  # ECharts is inlined into tear sheets; it comes from npm, pinned in Report/web/package-lock.json.
  if [ -f Report/web/package.json ] && command -v npm >/dev/null 2>&1; then
    (cd Report/web && npm ci --no-audit --no-fund --silent) || echo "warning: npm ci failed; tear-sheet tests will skip."
  fi
}

install_chromium
install_front_end

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet build Backtest.sln -c Release -nologo -v q || { echo "Tests: 0 passed, 1 failed, 0 skipped"; exit 1; }
dotnet test Backtest.sln -c Release --no-build -nologo 2>&1 | tee "$log" || status=$?

# Sum the per-assembly summaries ("Passed!  - Failed: 0, Passed: 13, Skipped: 0, Total: 13").
summary=$(grep -E '^(Passed|Failed)!' "$log" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\1 \2 \3/' \
  | awk '{f+=$1; p+=$2; s+=$3} END {printf "%d %d %d", p+0, f+0, s+0}')
read -r passed failed skipped <<<"$summary"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "Tests: ${passed} passed, ${failed} failed, ${skipped} skipped"
[ "$failed" -eq 0 ]
