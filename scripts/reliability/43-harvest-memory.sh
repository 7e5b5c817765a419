#!/usr/bin/env bash
# The service's memory over a long OAI-PMH harvest: RECORDS (default 200,000) copies of a real Digital Library record
# in pages of PAGE from scripts/reliability/fake_oai.py on loopback, harvested by the service restarted with a fixed
# heap (HEAP, default 512m). Every SAMPLE_S seconds: a full GC (jcmd GC.run), then the heap used after it (the live
# set, jcmd GC.heap_info) and the process's RSS (/proc). Goal: flat, the live heap at the end of the harvest at most
# 1.2x (+16 MiB) what it was once 10 % of the records were in (a harvest holds one page at a time, so the catalogue's
# size must not show in the heap), the harvest completed with every record created.
# Env: BASE, KEY, PID, START, WORK, DATA_DIR (from scripts/reliability.sh).
set -euo pipefail
: "${BASE:?}" "${KEY:?}" "${PID:?}" "${START:?}" "${WORK:?}" "${DATA_DIR:?}"
RECORDS=${RECORDS:-200000} PAGE=${PAGE:-500} HEAP=${HEAP:-512m} SAMPLE_S=${SAMPLE_S:-5}
NUMBER_BASE=$(( 10000000 + (RANDOM % 90) * 1000000 ))
TMP=$(mktemp -d)
FAKE=
cleanup() { [ -n "$FAKE" ] && kill "$FAKE" 2>/dev/null; rm -rf "$TMP"; }
trap cleanup EXIT
command -v jcmd >/dev/null || { echo "jcmd (a JDK) is needed" >&2; exit 1; }

python3 scripts/reliability/fake_oai.py --port-file "$TMP/port" --records "$RECORDS" --page "$PAGE" \
  --base "$NUMBER_BASE" --log "$TMP/oai.log" --run "mem-$NUMBER_BASE" &
FAKE=$!
for _ in $(seq 1 50); do [ -s "$TMP/port" ] && break; sleep 0.2; done
[ -s "$TMP/port" ] || { echo "the fake OAI-PMH server did not start" >&2; exit 1; }

kill "$PID" 2>/dev/null || true
for _ in $(seq 1 120); do kill -0 "$PID" 2>/dev/null || break; sleep 0.5; done
export UNSYMBOL_HARVEST_BASE_URL="http://127.0.0.1:$(cat "$TMP/port")/oai2d" UNSYMBOL_HARVEST_RATE=100
export JAVA_OPTS="-Xmx$HEAP"
eval "$START" || { echo "the service did not start with -Xmx$HEAP and the harvest configured" >&2; exit 1; }
PID=$(cat "$WORK/pid")

json() { python3 -c 'import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1], {"d": d}))' "$1"; }
live_kib() { # heap used after a full GC, in KiB
  jcmd "$PID" GC.run >/dev/null
  jcmd "$PID" GC.heap_info | grep -o 'total [0-9]*K, used [0-9]*K' | head -1 | grep -o 'used [0-9]*' | cut -d' ' -f2
}
rss_kib() { awk '/^VmRSS/ {print $2}' "/proc/$PID/status"; }
sample() { # seconds seen live_kib rss_kib
  local seen=$1; echo "$(( $(date +%s) - t0 )) $seen $(live_kib) $(rss_kib)" >> "$TMP/samples"
}

t0=$(date +%s)
sample 0
id=$(curl -sf -X POST -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' -d '{"mode": "full"}' \
  "$BASE/api/v1/harvests" | json 'd["id"]')
while :; do
  h=$(curl -sf "$BASE/api/v1/harvests/$id")
  status=$(echo "$h" | json 'd["status"]')
  seen=$(echo "$h" | json 'd["counts"]["seen"]')
  [ "$status" = running ] || break
  (( $(date +%s) - t0 < 7200 )) || { echo "harvest $id still running after 2 h" >&2; exit 1; }
  sample "$seen"
  sleep "$SAMPLE_S"
done
t_end=$(date +%s)
created=$(echo "$h" | json 'd["counts"]["created"]')
rate=$(echo "$h" | json 'd["rate"]')
sample "$seen"
cat "$TMP/samples" >&2

python3 - "$TMP/samples" "$RECORDS" "$status" "$created" "$rate" "$HEAP" "$(( t_end - t0 ))" <<'PY'
import sys
path, n, status, created, rate, heap, seconds = sys.argv[1:]
n = int(n)
rows = [tuple(int(x) for x in line.split()) for line in open(path)]  # seconds, seen, live KiB, rss KiB
before, after = rows[0], rows[-1]
during = [r for r in rows[1:-1] if r[1] > 0]
ref = next((r for r in during if r[1] >= n // 10), during[0] if during else before)
mid = min(during, key=lambda r: abs(r[1] - n // 2)) if during else before
end = during[-1] if during else after
mib = lambda k: round(k / 1024)
flat = end[2] <= 1.2 * ref[2] + 16 * 1024
print(f"RESULT harvest-memory: records={n} heap=-Xmx{heap} status={status} created={created} seconds={seconds} "
      f"records_per_s={rate} samples={len(rows)} "
      f"live_mib_before={mib(before[2])} live_mib_at_10pct={mib(ref[2])}@{ref[1]} live_mib_mid={mib(mid[2])}@{mid[1]} "
      f"live_mib_end={mib(end[2])}@{end[1]} live_mib_after={mib(after[2])} live_mib_max={mib(max(r[2] for r in rows))} "
      f"rss_mib_before={mib(before[3])} rss_mib_at_10pct={mib(ref[3])} rss_mib_mid={mib(mid[3])} rss_mib_end={mib(end[3])} "
      f"rss_mib_max={mib(max(r[3] for r in rows))} flat={'yes' if flat else 'no'}")
sys.exit(0 if status == "completed" and int(created) == n and flat else 1)
PY
