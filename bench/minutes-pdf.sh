#!/usr/bin/env bash
# Renders minutes the size of the seed Protokoll nr 12/2023 (31 paragraphs) as PDF/A-2u through the minutes'
# template and renderer (no database), prints each run and the median.
# Usage: bench/minutes-pdf.sh [RUNS]   (default 10, after two warm-up renderings)
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_RUNS=${1:-10}
out=$(mktemp)
trap 'rm -f "$out"' EXIT
mvn -q -o test -Dtest.jvm.jit=-XX:+TieredCompilation -Dtest=MinutesRenderingBench -Dtest.groups=bench -Dtest.excludedGroups= \
  -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | tee "$out" | grep -E '^(run|BENCH)' || { cat "$out"; exit 1; }
