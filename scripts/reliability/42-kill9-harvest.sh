#!/usr/bin/env bash
# kill -9 the service in the middle of an OAI-PMH harvest, start it again on the same data folder, and check that the
# harvest resumes by itself (a harvest a stopped process left running is resumed at the next start) and ends exactly
# as a clean run of the same repository ends: status completed, the clean counts (RECORDS seen, RECORDS - 1 created,
# 1 rejected: one record is a real voting record the MARC mapping refuses), every record's document stored once (rows
# counted by symbol in PostgreSQL), and the ledger (harvest_record) consistent with the counts and the documents.
# The repository is scripts/reliability/fake_oai.py on loopback: RECORDS copies of a real Digital Library record in
# pages of PAGE, each answered after DELAY_MS, so that the kill lands between or inside pages.
# Env: BASE, KEY, PID, START, WORK, DATA_DIR (from scripts/reliability.sh). The service is restarted (by pid, then
# "$START") with the harvest configured; the pid of the last one is in $WORK/pid for the driver.
set -euo pipefail
: "${BASE:?}" "${KEY:?}" "${PID:?}" "${START:?}" "${WORK:?}" "${DATA_DIR:?}"
RECORDS=${RECORDS:-20000} PAGE=${PAGE:-500} KILL_AFTER_PAGES=${KILL_AFTER_PAGES:-8} DELAY_MS=${DELAY_MS:-100}
VOTE_AT=$(( RECORDS / 3 ))
NUMBER_BASE=$(( 7000000 + (RANDOM % 90) * 100000 ))
TMP=$(mktemp -d)
FAKE=
cleanup() { [ -n "$FAKE" ] && kill "$FAKE" 2>/dev/null; rm -rf "$TMP"; }
trap cleanup EXIT

python3 scripts/reliability/fake_oai.py --port-file "$TMP/port" --records "$RECORDS" --page "$PAGE" \
  --base "$NUMBER_BASE" --vote-at "$VOTE_AT" --delay-ms "$DELAY_MS" --log "$TMP/oai.log" --run "k9-$NUMBER_BASE" &
FAKE=$!
for _ in $(seq 1 50); do [ -s "$TMP/port" ] && break; sleep 0.2; done
[ -s "$TMP/port" ] || { echo "the fake OAI-PMH server did not start" >&2; exit 1; }

# the driver's instance harvests from nothing: stop it (by its pid) and start it again with the harvest configured
stop_pid() {
  kill "$1" 2>/dev/null || return 0
  for _ in $(seq 1 120); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.5; done
  kill -9 "$1" 2>/dev/null || true
}
stop_pid "$PID"
export UNSYMBOL_HARVEST_BASE_URL="http://127.0.0.1:$(cat "$TMP/port")/oai2d" UNSYMBOL_HARVEST_RATE=50
eval "$START" || { echo "the service did not start with the harvest configured" >&2; exit 1; }
PID=$(cat "$WORK/pid")

pg() { # one value from the embedded PostgreSQL (its postmaster outlives a kill -9 of the service)
  psql -X -qAt -h 127.0.0.1 -p "$(sed -n 4p "$DATA_DIR/pg/postmaster.pid")" -U postgres -d postgres -c "$1"
}
json() { python3 -c 'import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1], {"d": d}))' "$1"; }

id=$(curl -sf -X POST -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' -d '{"mode": "full"}' \
  "$BASE/api/v1/harvests" | json 'd["id"]')
t0=$(date +%s)
until [ "$(curl -sf "$BASE/api/v1/harvests/$id" | json 'd["pages"]')" -ge "$KILL_AFTER_PAGES" ]; do
  (( $(date +%s) - t0 < 300 )) || { echo "harvest $id did not reach $KILL_AFTER_PAGES pages in 300 s" >&2; exit 1; }
  sleep 0.2
done
kill -9 "$PID"
sleep 1
# what the crash left committed
at_kill=$(pg "SELECT pages || ' ' || seen || ' ' || status FROM harvest WHERE id = $id")
ledger_at_kill=$(pg "SELECT count(*) FROM harvest_record WHERE harvest_id = $id")
requests_at_kill=$(wc -l < "$TMP/oai.log")
read -r pages_at_kill seen_at_kill status_at_kill <<<"$at_kill"

t1=$(date +%s)
eval "$START" || { echo "the service did not come back after kill -9" >&2; exit 1; }
restart_s=$(( $(date +%s) - t1 ))
PID=$(cat "$WORK/pid")
until [ "$(curl -sf "$BASE/api/v1/harvests/$id" | json 'd["status"]')" != running ]; do
  (( $(date +%s) - t1 < 900 )) || { echo "harvest $id still running 900 s after the restart" >&2; exit 1; }
  sleep 1
done
h=$(curl -sf "$BASE/api/v1/harvests/$id")
status=$(echo "$h" | json 'd["status"]')
trigger=$(echo "$h" | json 'd["trigger"]')
counts=$(echo "$h" | json '" ".join(str(d["counts"][k]) for k in ("seen","created","updated","unchanged","deleted","rejected"))')
clean="$RECORDS $((RECORDS - 1)) 0 0 0 1"

# rows by symbol: every copy once, none twice
range="split_part(symbol, '/', 4) ~ '^[0-9]+\$' AND split_part(symbol, '/', 4)::bigint BETWEEN $((NUMBER_BASE + 1)) AND $((NUMBER_BASE + RECORDS)) AND symbol LIKE 'A/RES/80/%'"
documents=$(pg "SELECT count(*) FROM document WHERE $range")
distinct=$(pg "SELECT count(DISTINCT symbol) FROM document WHERE $range")
duplicates=$(pg "SELECT count(*) FROM (SELECT symbol FROM document WHERE $range GROUP BY symbol HAVING count(*) > 1) d")
# the ledger: one row per record, its outcome, the document it became (which exists), the harvest's counts
ledger=$(pg "SELECT count(*) || ' ' || count(DISTINCT identifier) || ' ' || count(*) FILTER (WHERE outcome = 'created')
  || ' ' || count(*) FILTER (WHERE outcome = 'rejected') || ' ' || count(document_key)
  FROM harvest_record WHERE harvest_id = $id")
read -r ledger_rows ledger_ids ledger_created ledger_rejected ledger_keys <<<"$ledger"
dangling=$(pg "SELECT count(*) FROM harvest_record r LEFT JOIN document_symbol s ON s.key = r.document_key
  WHERE r.harvest_id = $id AND r.document_key IS NOT NULL AND s.key IS NULL")
rejections=$(pg "SELECT count(*) FROM harvest_rejection WHERE harvest_id = $id")
requests=$(wc -l < "$TMP/oai.log")
pages_served=$(awk '{print $2}' "$TMP/oai.log" | sort -u | wc -l)
pages_total=$(( (RECORDS + PAGE - 1) / PAGE ))

echo "RESULT kill9-harvest: records=$RECORDS pages=$pages_total killed_at_pages=$pages_at_kill seen_at_kill=$seen_at_kill ledger_at_kill=$ledger_at_kill status_at_kill=$status_at_kill fake_requests_at_kill=$requests_at_kill restart_s=$restart_s status=$status trigger=$trigger counts=${counts// /,} clean=${clean// /,} documents=$documents distinct_symbols=$distinct duplicate_symbols=$duplicates ledger_rows=$ledger_rows ledger_identifiers=$ledger_ids ledger_created=$ledger_created ledger_rejected=$ledger_rejected ledger_documents=$ledger_keys ledger_dangling=$dangling rejections=$rejections fake_requests=$requests pages_served=$pages_served pages_fetched_twice=$((requests - pages_served))"
[[ $status == completed && $trigger == resume && $counts == "$clean" && $pages_at_kill -lt $pages_total
   && $seen_at_kill -lt $RECORDS && $documents == $((RECORDS - 1)) && $distinct == "$documents" && $duplicates == 0
   && $ledger_rows == "$RECORDS" && $ledger_ids == "$RECORDS" && $ledger_created == $((RECORDS - 1))
   && $ledger_rejected == 1 && $ledger_keys == $((RECORDS - 1)) && $dangling == 0 && $rejections == 1
   && $pages_served == "$pages_total" ]]
