#!/usr/bin/env bash
# Start-up time of the application on H2.
#
#   bench/startup.sh [RUNS]   the packaged application: seconds from `java -jar` until /login answers 200, RUNS
#                             times with a fresh database (first start: schema + demo data) and RUNS times with
#                             the database kept (a restart); prints each time and the medians (default 5 runs).
#   bench/startup.sh fresh    what a newcomer sees: `git clone` of this work tree's HEAD into a temporary folder,
#                             then `mvn -o -q test-compile` (the compile time: spring-boot:run first runs the
#                             build up to test-compile, so the tests are compiled too) and `mvn -o -q
#                             spring-boot:run` (the README's command) until /login answers 200, and the application's own
#                             "Started NamndflodeApplication in N seconds"; prints the machine and its load before
#                             and after. Needs the dependencies in ~/.m2 (run any mvn command online once).
set -euo pipefail
cd "$(dirname "$0")/.."
machine() { echo "$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg)"; }
if [ "${1:-}" = fresh ]; then
  port=${BENCH_PORT:-8097}
  clone=$(mktemp -d)
  trap 'rm -rf "$clone"' EXIT
  git clone -q "$PWD" "$clone/namndflode"
  cd "$clone/namndflode"
  echo "machine before: $(machine)"
  started=$(date +%s.%N)
  mvn -o -q -B test-compile
  compiled=$(date +%s.%N)
  PORT=$port mvn -o -q -B spring-boot:run > "$clone/app.log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/login"; do
    kill -0 "$pid" 2>/dev/null || { tail -50 "$clone/app.log"; exit 1; }
    sleep 0.3
  done
  answered=$(date +%s.%N)
  # spring-boot:run runs the application in a JVM of its own: stop that one (the child) first, then Maven.
  pkill -TERM -P "$pid" 2>/dev/null || true
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  awk -v a="$started" -v b="$compiled" 'BEGIN { printf "compile (mvn -o -q test-compile, as spring-boot:run does first): %.1f s\n", b - a }'
  awk -v a="$compiled" -v b="$answered" 'BEGIN { printf "mvn -o -q spring-boot:run until /login answers: %.1f s\n", b - a }'
  grep -o "Started NamndflodeApplication in [0-9.]* seconds" "$clone/app.log" || echo "(no Started line)"
  echo "machine after: $(machine)"
  exit 0
fi
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
