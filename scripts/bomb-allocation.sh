#!/usr/bin/env bash
# Bytes the service allocates (every thread, garbage included) per draft request, by kind: the three bombs of
# scripts/reliability/10-bombs.sh and ordinary drafts as controls, each posted ROUNDS times one after the other (no
# concurrency, so no busy refusal) inside a JFR recording of its own; org.unsymbol.testing.JfrAllocation sums the
# threads' allocation counters over it. A count, not a timing: it does not depend on the machine's load. Also an idle
# recording of the same service, for what it allocates when nothing is asked. Against a running service:
#   BASE=http://127.0.0.1:8080 PID=<java pid> scripts/bomb-allocation.sh
# or standalone (starts the packaged jar on a throw-away database and stops it): scripts/bomb-allocation.sh --start
# SITES=15 also prints each kind's heaviest allocation sites (sampled). Last, a busy refusal: the Word bomb posted
# ROUNDS times while HOLDERS clients (default 1, the slots of the --start service) keep the extraction slots taken with
# the operator bomb; counted on the threads that take requests in and refuse them (event loops, executor), less the
# operator bombs' own share of those threads (their extraction threads are left out: their cost varies by megabytes).
# A Word bomb that slips into a slot freed between two operator bombs is read (and counted) as usual.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-10}; SITES=${SITES:-0}
WORK=${WORK:-$(mktemp -d)}; mkdir -p "$WORK"
[ -f target/test-classes/org/unsymbol/testing/JfrAllocation.class ] || ./mvnw -B -q test-compile
[ -s target/bombs.classpath ] || ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/bombs.classpath
STARTED=
if [ "${1:-}" = --start ]; then
  [ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
  PORT=${PORT:-18181}; BASE="http://127.0.0.1:$PORT"
  UNSYMBOL_DATA_DIR="$WORK/data" UNSYMBOL_API_KEYS=allocation-key QUARKUS_HTTP_PORT="$PORT" \
    UNSYMBOL_RATE_LIMIT_ENABLED=false UNSYMBOL_DRAFTS_MAX_CONCURRENT_EXTRACTIONS=1 java ${JAVA_OPTS:--Xmx1g} -jar target/quarkus-app/quarkus-run.jar \
    >"$WORK/service.log" 2>&1 &
  PID=$!; STARTED=$PID
  trap 'kill $STARTED 2>/dev/null; wait $STARTED 2>/dev/null || true' EXIT
  for _ in $(seq 1 240); do curl -sf "$BASE/q/health/ready" >/dev/null && break; sleep 0.5; done
  curl -sf "$BASE/q/health/ready" >/dev/null || { echo "service did not start:" >&2; tail -20 "$WORK/service.log" >&2; exit 1; }
fi
: "${BASE:?}" "${PID:?}"
java -cp "target/test-classes:$(cat target/bombs.classpath)" org.unsymbol.testing.Bombs "$WORK/bombs" >/dev/null
# controls: the sample draft repeated to ~1 MB, as Markdown; the sample draft itself
for _ in $(seq 1 110); do cat docs/samples/draft.md; done > "$WORK/markdown-1m.md"
KINDS=("pdf-2m-text-operators.pdf:application/pdf" "pdf-flate-1g.pdf:application/pdf"
  "docx-95m-document-xml.docx:application/vnd.openxmlformats-officedocument.wordprocessingml.document"
  "markdown-1m.md:text/markdown")
cp "$WORK"/bombs/* "$WORK/"
post() { curl -s -o /dev/null -w '%{http_code}\n' --max-time 60 -H "Content-Type: $2" --data-binary "@$1" \
  "$BASE/api/v1/drafts/check"; }
for kind in "${KINDS[@]}"; do # warm-up: two of each
  f=${kind%%:*}; post "$WORK/$f" "${kind#*:}" >/dev/null; post "$WORK/$f" "${kind#*:}" >/dev/null
done
record() { # record <name> <command...>: runs the command inside a JFR recording, prints the allocated total
  local name=$1; shift
  jcmd "$PID" JFR.start name="alloc-$name" settings=profile >/dev/null
  "$@" > "$WORK/$name.codes"
  jcmd "$PID" JFR.stop name="alloc-$name" filename="$WORK/$name.jfr" >/dev/null
  java -cp target/test-classes org.unsymbol.testing.JfrAllocation "$WORK/$name.jfr" --sites "$SITES" > "$WORK/$name.alloc"
}
idle() { sleep 5; }
record idle idle
IDLE=$(awk '$1=="allocated" {print $2}' "$WORK/idle.alloc")
echo "RESULT allocation-idle: bytes_per_second=$(( IDLE / 5 ))"
for kind in "${KINDS[@]}"; do
  f=${kind%%:*}; type=${kind#*:}
  rounds() { for _ in $(seq 1 "$ROUNDS"); do post "$WORK/$f" "$type"; done; }
  record "${f%.*}" rounds
  total=$(awk '$1=="allocated" {print $2}' "$WORK/${f%.*}.alloc")
  codes=$(sort "$WORK/${f%.*}.codes" | uniq -c | awk '{printf "%s%sx%s", (NR>1?",":""), $1, $2}')
  echo "RESULT allocation-${f%.*}: body_bytes=$(stat -c %s "$WORK/$f") bytes_per_request=$(( total / ROUNDS )) rounds=$ROUNDS statuses=$codes"
  [ "$SITES" -gt 0 ] && sed 's/^/  /' "$WORK/${f%.*}.alloc"
done
# busy refusals (503 DRAFT_EXTRACTION_BUSY, answered before the body is read)
HOLDERS=${HOLDERS:-1}
intake() { awk '$1=="thread" && ($2 ~ /^vert\.x-eventloop/ || $2 ~ /^executor-thread/) { gsub(/,/, "", $3); n += $3 }
  END { print n + 0 }' "$1"; }
OPS_COST=$(( $(intake "$WORK/pdf-2m-text-operators.alloc") / ROUNDS ))
busy() {
  : > "$WORK/holders.codes"; local holders=()
  for _ in $(seq 1 "$HOLDERS"); do
    ( while [ ! -f "$WORK/stop" ]; do post "$WORK/pdf-2m-text-operators.pdf" application/pdf >> "$WORK/holders.codes"; done ) &
    holders+=($!)
  done
  sleep 0.3
  for _ in $(seq 1 "$ROUNDS"); do
    post "$WORK/docx-95m-document-xml.docx" application/vnd.openxmlformats-officedocument.wordprocessingml.document
  done
  touch "$WORK/stop"; wait "${holders[@]}"
}
rm -f "$WORK/stop"; record busy busy
total=$(intake "$WORK/busy.alloc")
held=$(grep -c . "$WORK/holders.codes" || true); refused=$(grep -c '^503$' "$WORK/busy.codes" || true)
codes=$(sort "$WORK/busy.codes" | uniq -c | awk '{printf "%s%sx%s", (NR>1?",":""), $1, $2}')
echo "RESULT allocation-busy-docx: intake_bytes_per_request=$(( (total - held * OPS_COST) / ROUNDS )) rounds=$ROUNDS statuses=$codes operator_bombs_meanwhile=$held at_bytes_each=$OPS_COST"
