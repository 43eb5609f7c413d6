#!/usr/bin/env bash
# Rating proposals of 30 boards (1 500 indicators) through the DMN tables, computed and stored, against the same
# comparisons hand-written in Java in the same run; prints each run, the medians and the ratio.
# Usage: bench/goal-proposals.sh [RUNS] [JDBC_URL [USER [PASSWORD]]]   (default 5 runs on a fresh H2 database)
# Example on PostgreSQL: bench/goal-proposals.sh 5 jdbc:postgresql://localhost:5432/bench bench secret
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SPRING_DATASOURCE_URL=${2:-"jdbc:h2:file:$work/db/namndflode"}
[ -n "${3:-}" ] && export SPRING_DATASOURCE_USERNAME=$3
[ -n "${4:-}" ] && export SPRING_DATASOURCE_PASSWORD=$4
# The bench is a test class of its own tag, outside every suite; surefire passes the environment on.
export BENCH_RUNS=$runs
mvn -q -o test -Dtest.jvm.jit=-XX:+TieredCompilation -Dtest=GoalProposalsBench -Dtest.groups=bench -Dtest.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false 2>&1 \
  | tee "$work/out" | grep -E '^(run|BENCH)' || { cat "$work/out"; exit 1; }
