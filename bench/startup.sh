#!/usr/bin/env bash
# Start-up time of the packaged application on H2: seconds from `java -jar` until /login answers 200.
# Runs RUNS times with a fresh database (first start: schema + demo data) and RUNS times with the database
# kept (a restart), and prints each time and the medians. Usage: bench/startup.sh [RUNS] (default 5).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
port=${BENCH_PORT:-8097}
mvn -q -B -DskipTests package
jar=$(ls target/namndflode-*.jar | grep -v plain | head -n 1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

start_once() {
  local started ended pid
  started=$(date +%s.%N)
  java -jar "$jar" --server.port="$port" --spring.datasource.url="jdbc:h2:file:$work/db/namndflode" \
    --logging.level.root=WARN > "$work/app.log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/login"; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/app.log"; exit 1; }
    sleep 0.2
  done
  ended=$(date +%s.%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  awk -v a="$started" -v b="$ended" 'BEGIN { printf "%.1f\n", b - a }'
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "first start (empty database, demo data load):"
: > "$work/first"
for _ in $(seq "$runs"); do rm -rf "$work/db"; t=$(start_once); echo "  $t s"; echo "$t" >> "$work/first"; done
echo "restart (database kept):"
: > "$work/again"
for _ in $(seq "$runs"); do t=$(start_once); echo "  $t s"; echo "$t" >> "$work/again"; done
echo "median first start: $(median < "$work/first") s; median restart: $(median < "$work/again") s (runs: $runs, cores: $(nproc))"
