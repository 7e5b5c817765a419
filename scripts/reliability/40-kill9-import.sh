#!/usr/bin/env bash
# kill -9 the service in the middle of a bulk import, start it again on the same data folder (env START: the command
# that starts the service in the background, as the driver did, with the same environment), and check that the
# catalogue holds only whole import batches (unsymbol.import.batch-size, env BATCH, default 5000) and that importing
# the same file again completes with the right counts (created + unchanged = all, unchanged = what survived).
# Env: BASE, KEY, PID, START. Prints NEW_PID=<pid> of the restarted service for the driver.
set -euo pipefail
: "${BASE:?}" "${KEY:?}" "${PID:?}" "${START:?}"
DOCS=${DOCS:-60000} BATCH=${BATCH:-5000} KILL_AFTER_S=${KILL_AFTER_S:-3}
FAMILY="A/AC.781/$(( 2000 + RANDOM % 90 ))"
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
python3 - "$WORK/import.ndjson" "$DOCS" "$FAMILY" <<'PY'
import json, sys
path, n, family = sys.argv[1], int(sys.argv[2]), sys.argv[3]
with open(path, "w") as f:
    for i in range(1, n + 1):
        f.write(json.dumps({"symbol": f"{family}/{i}", "date": "2025-02-01",
                            "versions": {"en": {"title": f"Kill -9 import document {i}"}}}) + "\n")
PY
count() { curl -sf --max-time 120 "$BASE/api/v1/exports?prefix=$FAMILY/" | wc -l; }
imp() { curl -s --max-time 600 -H "Authorization: Bearer $KEY" -H 'Content-Type: application/x-ndjson' \
  --data-binary @"$WORK/import.ndjson" "$BASE/api/v1/imports"; }

imp >"$WORK/first.json" 2>/dev/null &
sleep "$KILL_AFTER_S"
kill -9 "$PID"
wait || true
sleep 1
eval "$START" &
t0=$(date +%s)
until [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE/q/health/ready" || true) == 200 ]]; do
  (( $(date +%s) - t0 < 180 )) || { echo "the service did not come back within 180 s" >&2; exit 1; }
  sleep 1
done
PORT=$(python3 -c 'import sys,urllib.parse; u=urllib.parse.urlparse(sys.argv[1]); print(u.port or 80)' "$BASE")
NEW_PID=$(ss -ltnpH "sport = :$PORT" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
NEW_PID=${NEW_PID:-unknown}
survived=$(count)
whole=$(( survived % BATCH == 0 ? 1 : 0 ))
second=$(imp)
created=$(echo "$second" | python3 -c 'import json,sys; print(json.load(sys.stdin)["created"])')
unchanged=$(echo "$second" | python3 -c 'import json,sys; print(json.load(sys.stdin)["unchanged"])')
final=$(count)
echo "RESULT kill9-import: documents=$DOCS survived=$survived whole_batches=$whole restart_s=$(( $(date +%s) - t0 )) reimport_created=$created reimport_unchanged=$unchanged final=$final"
echo "NEW_PID=$NEW_PID"
[[ $whole == 1 && $survived -lt $DOCS && $((created + unchanged)) == "$DOCS" && $unchanged == "$survived" && $final == "$DOCS" ]]
