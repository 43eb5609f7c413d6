#!/usr/bin/env bash
# The follow-up report and dashboard (issue 11): generates 30 boards x 3 plan years (40 goals, 60 indicators each,
# outcomes, proposals and assessments in every period, assignments) by JDBC, runs ANALYZE, then times compiling
# one board's annual report (model + HTML, PDF/A) and the dashboard page's p95; on PostgreSQL also prints the
# dashboard queries' plans (EXPLAIN ANALYZE).
# Usage: bench/follow-up-report.sh [JDBC_URL [USER [PASSWORD]]]   (default: a fresh H2 file database; a
# PostgreSQL database should be empty: createdb first)
# Example: bench/follow-up-report.sh jdbc:postgresql://127.0.0.1:5432/namndflode_bench postgres
# Environment: BENCH_RUNS (report runs, default 10), BENCH_REQUESTS (dashboard requests, default 300).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
url=${1:-"jdbc:h2:file:$work/db/namndflode"}
args=(-Dtest=FollowUpReportBench -Dtest.groups=bench -Dtest.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false
      "-Dtest.database.url=$url")
case "$url" in jdbc:postgresql:*) args+=(-Ppostgres) ;; esac
[ -n "${2:-}" ] && export NAMNDFLODE_DB_USER=$2
[ -n "${3:-}" ] && export NAMNDFLODE_DB_PASSWORD=$3
mvn -q -o test -Dtest.jvm.jit=-XX:+TieredCompilation "${args[@]}" 2>&1 | tee "$work/out" | grep -E '^(run|BENCH)' || { cat "$work/out"; exit 1; }
