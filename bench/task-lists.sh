#!/usr/bin/env bash
# Task lists, the matter list and search at city scale (issue 13): loads PostgreSQL to 10 000 and then 100 000
# matters with 20 000 open tasks over 30 boards and two municipalities (generated in SQL batches and through the
# process facade in the JVM, not over HTTP; takes minutes), then measures p50/p95 over HTTP on the loopback of
# Mina uppgifter, Gruppens uppgifter (API and page), the matter list and a search as chef, handlaggare and
# registrator, beside the engine's own TaskService listPage in the same JVM; at 100 000 before and after ANALYZE
# (autovacuum is off on these machines); EXPLAIN (ANALYZE, BUFFERS) of the lists' statements; registrations per
# second with 1 and 4 clients (se.namndflode.tasks.TaskListBench, tag "bench", outside every suite).
# Usage: bench/task-lists.sh [DATABASE]   (default namndflode_bench_tasks on 127.0.0.1, user postgres; it is
# dropped and created afresh). BENCH_RUNS (default 200) sets the timed requests per list. The application runs in
# the test JVM with the JVM's own JIT, as deployed (not the tests' C1-only -XX:TieredStopAtLevel=1, which the figures
# before 2026-11-30 run 2 had); BENCH_JIT=-XX:TieredStopAtLevel=1 measures as those did.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-namndflode_bench_tasks}
dropdb -h 127.0.0.1 -U postgres --if-exists "$db"
createdb -h 127.0.0.1 -U postgres "$db"
export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$db"
export SPRING_DATASOURCE_USERNAME=postgres
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "database: $SPRING_DATASOURCE_URL; JIT: ${BENCH_JIT:-the JVM default (full tiered)}; load before: $(uptime | sed 's/.*load average/load average/')"
mvn -q -o test -Dtest=TaskListBench -Dtest.groups=bench -Dtest.excludedGroups= -Dtest.jvm.jit="${BENCH_JIT:--XX:+TieredCompilation}" \
  -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | tee "$work/out" | grep -E '^BENCH' || { tail -80 "$work/out"; exit 1; }
echo "load after: $(uptime | sed 's/.*load average/load average/')"
