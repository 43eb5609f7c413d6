#!/usr/bin/env bash
# The overview of overdue and at-risk work (/oversikt) with 10 000 assignments and 100 000 matters on PostgreSQL:
# p50/p95 of the page over REQUESTS HTTP requests after WARMUP requests, and the query plans (EXPLAIN ANALYZE).
# Usage: bench/assignment-overview.sh [DB_NAME [PORT [REQUESTS [WARMUP]]]]
#   defaults: namndflode_bench_assign, 8101, 250, 50; PostgreSQL at 127.0.0.1:5432 as postgres (PGHOST etc. apply).
# Steps: a fresh database; the application (packaged jar, profile postgres, demo data on) creates the schema and
# Stockholm's demo organisation and accounts; the bench data are then inserted straight into the tables with SQL
# (generate_series, not through HTTP or the services), ANALYZE is run, and the page is requested as "chef" (manager
# of Stockholm) with five filters in turn. Results and plans go to $OUT (default target/bench-overview).
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-namndflode_bench_assign}
port=${2:-8101}
requests=${3:-250}
warmup=${4:-50}
out=${OUT:-target/bench-overview}
mkdir -p "$out"
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
psql() { command psql -X -q -v ON_ERROR_STOP=1 -d "$db" "$@"; }

dropdb --if-exists "$db"
createdb "$db"
[ -f target/namndflode-*.jar ] 2>/dev/null || mvn -q -o -DskipTests package
jar=$(ls target/namndflode-*.jar | grep -v original | head -1)
NAMNDFLODE_DEMO_DATA=true NAMNDFLODE_DB_URL="jdbc:postgresql://$PGHOST:5432/$db" \
  java -jar "$jar" --spring.profiles.active=postgres --server.port="$port" > "$out/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -fs -o /dev/null "http://127.0.0.1:$port/login" && break; sleep 2; done
# The demo data are loaded by runners after the server answers; then the demo's timers run on the job executor.
for _ in $(seq 1 120); do grep -q "Demo assignments loaded" "$out/app.log" && break; sleep 2; done
sleep 10

echo "Loading 10 000 assignments and 100 000 matters with SQL ..."
psql <<'SQL'
-- Stockholm's boards, a unit each; the responsible people are Stockholm's case officers and managers.
create temporary table b as select row_number() over (order by id) as n, id from board
  where municipality_id = (select id from municipality where code = 'stockholm');
create temporary table p as select row_number() over (order by u.id) as n, u.id, u.username, u.display_name
  from user_account u join user_account_municipality um on um.user_account_id = u.id
  join municipality m on m.id = um.municipality_id and m.code = 'stockholm'
  where exists (select 1 from user_account_role r where r.user_account_id = u.id and r.role in ('CASE_OFFICER', 'MANAGER'));
-- 10 000 assignments over five years: 60 % completed; of the open ones about 5 % overdue, 5 % deviating,
-- 5 % reminded (the overview's items), the rest on track.
insert into assignment (municipality_code, reference, board_id, source, source_year, text, start_date, end_date,
    responsible, responsible_name, reporting, created_at, created_by, phase, latest_status, overdue_since, reminded_at)
select 'stockholm', 'BENCH-' || i, (select id from b where n = 1 + i % (select count(*) from b)),
    'OPERATIONAL_PLAN', 2022 + i % 5, 'Nämnden ska utreda fråga ' || i,
    date '2022-01-01' + (i % 1500), date '2022-01-01' + (i % 1500) + 200,
    pp.username, pp.display_name, 'FOLLOW_UP_REPORT', now(), 'bench',
    case when i % 10 < 6 then 'COMPLETED' else 'IN_PROGRESS' end,
    case when i % 10 >= 6 and i % 20 = 7 then 'DEVIATION' end,
    case when i % 10 >= 6 and i % 20 = 9 then current_date - 3 end,
    case when i % 10 >= 6 and i % 20 = 17 then now() end
from generate_series(1, 10000) i
join p pp on pp.n = 1 + i % (select count(*) from p);
-- 100 000 matters over twenty years with their process read model: 90 % closed; the open ones have answer dates
-- spread evenly from 10 days ago to a year ahead (about 3 % overdue, 4 % due within 14 days); one in 25 of the
-- open ones has a tjänsteutlåtande waiting for review; every fifth matter has a tjänsteutlåtande.
insert into matter (municipality_id, board_id, registry_prefix, registry_year, serial, kind, title, sender,
    answer_due, confidential, case_officer_id, status, registered_at, registered_by)
select (select id from municipality where code = 'stockholm'), (select id from b where n = 1 + i % (select count(*) from b)),
    'BEN', 2006 + i % 20, i, 'REFERRAL', 'Remiss ' || i, 'Kommunstyrelsen',
    case when i % 10 = 0 then current_date - 10 + (i / 10) % 365 else date '2006-01-01' + (i % 7000) end, false, pp.id, case when i % 10 = 0 then 'OPEN' else 'CLOSED' end, now(), 'bench'
from generate_series(1, 100000) i
join p pp on pp.n = 1 + i % (select count(*) from p);
insert into matter_progress (matter_id, registry_number, municipality_code, kind, answer_due, closed_at)
select m.id, 'BEN ' || m.registry_year || '/' || m.serial, 'stockholm', 'REFERRAL', m.answer_due,
    case when m.status = 'CLOSED' then now() end
from matter m where m.registry_prefix = 'BEN';
insert into staff_report (matter_id, status, latest_number)
select m.id, case when m.serial % 250 = 0 then 'SUBMITTED' else 'APPROVED' end, 1
from matter m where m.registry_prefix = 'BEN' and m.serial % 5 = 0;
analyze;
SQL
psql -At -c "select 'assignments', count(*) from assignment union all select 'matters', count(*) from matter
  union all select 'open matters', count(*) from matter_progress where closed_at is null
  union all select 'staff reports in review', count(*) from staff_report where status = 'SUBMITTED'" | tee "$out/rows.txt"

# The plans of the default overview's three queries (the SQL of OverviewQueries with the default filter, no board,
# unit or person; horizon 14 days), as the application sends them with its parameters bound.
union="select 'ASSIGNMENT' as item_type, a.id as item_id, a.end_date as due, a.board_id as board_id,
  b.administration_id as unit_id, a.responsible as responsible,
  case when a.overdue_since is not null then 'OVERDUE' else 'AT_RISK' end as state, 0 as awaiting_review
  from assignment a join board b on b.id = a.board_id left join administration ad on ad.id = b.administration_id
  where a.municipality_code in ('stockholm') and a.phase <> 'COMPLETED'
  and (a.overdue_since is not null or a.latest_status = 'DEVIATION' or a.reminded_at is not null)
 union all select 'MATTER', v.matter_id, v.answer_due, v.board_id, v.unit_id, v.case_officer,
  case when v.answer_due < current_date then 'OVERDUE' else 'AT_RISK' end,
  case when v.review_status = 'SUBMITTED' then 1 else 0 end
  from overview_matter v where v.municipality_code in ('stockholm') and v.closed_at is null
  and v.written_off_at is null and v.dispatched_at is null and v.answer_due <= current_date + 14
 union all select 'MATTER', v.matter_id, v.answer_due, v.board_id, v.unit_id, v.case_officer, 'REVIEW', 1
  from overview_matter v where v.municipality_code in ('stockholm') and v.closed_at is null
  and v.written_off_at is null and v.dispatched_at is null
  and v.matter_id in (select r.matter_id from staff_report r where r.status = 'SUBMITTED')
  and (v.answer_due is null or v.answer_due > current_date + 14)"
{
  echo "== page (25 items)"; psql -c "explain (analyze, buffers) select * from ($union) items order by case when due is null then 1 else 0 end, due, item_type, item_id limit 25 offset 0"
  echo "== count"; psql -c "explain (analyze, buffers) select count(*) from ($union) items"
  echo "== tallies"; psql -c "explain (analyze, buffers) select item_type, state, awaiting_review, board_id, unit_id, responsible, count(*) from ($union) items group by item_type, state, awaiting_review, board_id, unit_id, responsible"
} > "$out/plans.txt"
echo "Plans: $out/plans.txt"

# Sign in as chef (the demo's manager) and request the page with five filters in turn.
jar=$out/cookies; rm -f "$jar"
token=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$port/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode username=chef --data-urlencode password=namndflode \
  --data-urlencode "_csrf=$token" "http://127.0.0.1:$port/login"
board=$(psql -At -c "select min(id) from board where municipality_id = (select id from municipality where code = 'stockholm')")
urls=("/oversikt" "/oversikt?boardId=$board" "/oversikt?state=OVERDUE" "/oversikt?responsible=handlaggare&days=30" "/oversikt?page=3")
status=$(curl -s -b "$jar" -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/oversikt")
[ "$status" = 200 ] || { echo "the overview answered $status"; exit 1; }
: > "$out/times.txt"
for i in $(seq 1 $((warmup + requests))); do
  url=${urls[$((i % ${#urls[@]}))]}
  t=$(curl -s -b "$jar" -o /dev/null -w '%{time_total}' "http://127.0.0.1:$port$url")
  [ "$i" -gt "$warmup" ] && echo "$t $url" >> "$out/times.txt"
done
sort -n "$out/times.txt" | awk -v n="$requests" '{ t[NR] = $1 * 1000 } END {
  p50 = t[int(n * 0.50 + 0.5)]; p95 = t[int(n * 0.95 + 0.5)]; p99 = t[int(n * 0.99 + 0.5)];
  printf "requests %d (after warm-up)  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms\n", n, p50, p95, p99, t[n] }' \
  | tee "$out/result.txt"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg)" \
  | tee -a "$out/result.txt"
# A baseline under the same load: the start page (no overview queries), 50 requests.
: > "$out/baseline.txt"
for i in $(seq 1 50); do curl -s -b "$jar" -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$port/" >> "$out/baseline.txt"; done
sort -n "$out/baseline.txt" | awk '{ t[NR] = $1 * 1000 } END { printf "baseline: start page p50 %.1f ms  p95 %.1f ms (50 requests)\n", t[int(NR * 0.5 + 0.5)], t[int(NR * 0.95 + 0.5)] }' \
  | tee -a "$out/result.txt"
