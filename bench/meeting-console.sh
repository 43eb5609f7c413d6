#!/usr/bin/env bash
# The meeting console under a live meeting: a 40-paragraph meeting of the demo board run through the console API over
# HTTP by the secretary (two yrkanden, a vote of 13 ballots ending 7–6 per matter) while members' screens poll the live
# endpoint every second; prints the median, p95 and maximum of recording a yrkande, of a ballot, and of the delay
# until a screen shows a vote's result (se.namndflode.meeting.MeetingConsoleBench, tag "bench", outside every suite).
# Usage: bench/meeting-console.sh [JDBC_URL [USER [PASSWORD]]]   (default: a fresh H2 file database)
# PostgreSQL: createdb -h 127.0.0.1 -U postgres namndflode_bench (once), then
#   bench/meeting-console.sh jdbc:postgresql://127.0.0.1:5432/namndflode_bench postgres
# BENCH_SCREENS (default 25) sets how many members' screens poll. Run it on an otherwise idle machine (`uptime`).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SPRING_DATASOURCE_URL=${1:-"jdbc:h2:file:$work/db/namndflode;LOCK_TIMEOUT=10000"}
[ -n "${2:-}" ] && export SPRING_DATASOURCE_USERNAME=$2
[ -n "${3:-}" ] && export SPRING_DATASOURCE_PASSWORD=$3
echo "database: $SPRING_DATASOURCE_URL; load before: $(uptime | sed 's/.*load average/load average/')"
# The bench is a test class of its own tag, outside every suite; surefire passes the environment on.
mvn -q -o test -Dtest.jvm.jit=-XX:+TieredCompilation -Dtest=MeetingConsoleBench -Dtest.groups=bench -Dtest.excludedGroups= \
  -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | tee "$work/out" | grep -E '^(set-up|BENCH)' || { cat "$work/out"; exit 1; }
echo "load after: $(uptime | sed 's/.*load average/load average/')"
