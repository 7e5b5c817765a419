#!/usr/bin/env bash
# HTTP benchmark of the resolver against the constant endpoint of the same build, in the same run.
#   scripts/bench-resolve.sh [documents=100000] [seconds=20] [connections=50]
# Starts the packaged service on a throw-away embedded database, imports N generated documents, warms up, then
# measures /api/v1/ping (baseline), /r/{lang}/{symbol} (redirects) and /api/v1/resolve/{symbol}, each with wrk over
# random catalogued symbols, and prints req/s, p99 and their ratios to the baseline. Rate limiting is off for the run:
# every request comes from one address.
# Environment:
#   DATA_DIR=dir   keep the embedded database in dir and reuse it: the N documents are imported only the first time
#                  (a 1M import takes minutes), later runs with the same dir and N skip the import
#   JAR=path       the packaged service to measure (default target/quarkus-app/quarkus-run.jar), e.g. an older build
#                  copied aside, to measure before and after in the same session
#   JAVA_OPTS=...  JVM options for the service, e.g. -XX:StartFlightRecording=filename=/tmp/r.jfr,settings=profile
#   JFR=prefix     record each measured run with Flight Recorder (JFR_SETTINGS, default profile) into
#                  <prefix>-<endpoint>.jfr,
#                  e.g. JFR=/tmp/r, then: jfr print --events jdk.ObjectAllocationSample /tmp/r-redirect.jfr
#   ROUNDS=n       measure the three endpoints n times, alternating, and print the median ratios too
#   PORT=18090
set -euo pipefail
cd "$(dirname "$0")/.."
DOCS=${1:-100000}; SECONDS_PER_RUN=${2:-20}; CONNS=${3:-50}; ROUNDS=${ROUNDS:-1}
PORT=${PORT:-18090}; BASE="http://127.0.0.1:$PORT"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
JAR=${JAR:-target/quarkus-app/quarkus-run.jar}
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests
WORK=$(mktemp -d); trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$WORK"' EXIT
DATA=${DATA_DIR:-$WORK/data}; mkdir -p "$DATA"
# shellcheck disable=SC2086
UNSYMBOL_DATA_DIR=$DATA UNSYMBOL_API_KEYS=bench-key QUARKUS_HTTP_PORT=$PORT UNSYMBOL_SEED_ENABLED=false UNSYMBOL_RATE_LIMIT_ENABLED=false \
  java ${JAVA_OPTS:-} -jar "$JAR" >"$WORK/service.log" 2>&1 &
PID=$!
for _ in $(seq 1 240); do curl -sf "$BASE/q/health/ready" >/dev/null && break; sleep 0.5; done
curl -sf "$BASE/q/health/ready" >/dev/null || { echo "the service did not start:"; tail -20 "$WORK/service.log"; exit 1; }

echo "generating $DOCS documents..."
awk -v n="$DOCS" 'BEGIN { for (i = 0; i < n; i++) { s = 50 + i % 30; d = 1 + int(i / 30);
  printf "{\"symbol\":\"A/%d/%d\",\"kind\":\"document\",\"originalLanguage\":\"en\",\"versions\":{\"en\":{\"title\":\"Report %d of session %d\"},\"fr\":{\"title\":\"Rapport %d\"}}}\n", s, d, d, s, d } }' \
  > "$WORK/docs.ndjson"
awk -v n="$DOCS" 'BEGIN { for (i = 0; i < n; i++) printf "A/%d/%d\n", 50 + i % 30, 1 + int(i / 30) }' \
  | shuf --random-source=<(yes) > "$WORK/symbols.txt"
if [ -f "$DATA/bench-imported-$DOCS" ]; then
  echo "reusing the $DOCS documents imported earlier into $DATA"
else
  echo "importing $DOCS documents..."
  curl -sf -H "Authorization: Bearer bench-key" -H "Content-Type: application/x-ndjson" \
    --data-binary @"$WORK/docs.ndjson" "$BASE/api/v1/imports" | head -c 300; echo
  [ -z "${DATA_DIR:-}" ] || touch "$DATA/bench-imported-$DOCS"
fi

cat > "$WORK/random.lua" <<LUA
local symbols = {}
for line in io.lines("$WORK/symbols.txt") do symbols[#symbols + 1] = line end
local langs = {"en", "fr", "es"}
local i = 0
request = function()
  i = i + 1
  local s = symbols[(i * 7919) % #symbols + 1]
  local path = string.gsub(wrk.path, "{symbol}", s)
  path = string.gsub(path, "{lang}", langs[i % 3 + 1])
  return wrk.format("GET", path)
end
LUA
run() { # name path -> "req/s p99_ms"
  [ -z "${JFR:-}" ] || jcmd "$PID" JFR.start name="$1" settings="${JFR_SETTINGS:-profile}" >/dev/null
  wrk -t2 -c"$CONNS" -d"${SECONDS_PER_RUN}s" --latency -s "$WORK/random.lua" "$BASE$2" > "$WORK/$1.txt"
  [ -z "${JFR:-}" ] || jcmd "$PID" JFR.stop name="$1" filename="$JFR-$1.jfr" >/dev/null
  local rps p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/$1.txt")
  p99=$(awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}' "$WORK/$1.txt")
  local non2xx; non2xx=$(awk '/Non-2xx/ {print $NF}' "$WORK/$1.txt"); echo "$rps $p99 ${non2xx:-0}"
}
echo "priming the resolver cache with batch resolves of every symbol (10,000 per call)..."
split -l 10000 "$WORK/symbols.txt" "$WORK/batch."
for f in "$WORK"/batch.*; do
  awk 'BEGIN { printf "[" } { printf "%s\"%s\"", (NR > 1 ? "," : ""), $0 } END { printf "]" }' "$f" \
    | curl -sf -o /dev/null -H "Content-Type: application/json" --data-binary @- "$BASE/api/v1/resolve"
done
echo "warming up (30 s)..."
wrk -t2 -c"$CONNS" -d10s -s "$WORK/random.lua" "$BASE/api/v1/ping" >/dev/null
wrk -t2 -c"$CONNS" -d10s -s "$WORK/random.lua" "$BASE/r/{lang}/{symbol}" >/dev/null
wrk -t2 -c"$CONNS" -d10s -s "$WORK/random.lua" "$BASE/api/v1/resolve/{symbol}?lang={lang}" >/dev/null
ratio() { echo "$1 / $2" | bc -l; }
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
gets() { # "hits misses" of the resolver's cache so far
  curl -sf "$BASE/q/metrics" | awk '/^cache_gets_total/ && /catalogue-entries/ { if ($0 ~ /result="hit"/) h += $NF; else if ($0 ~ /result="miss"/) m += $NF }
    END { printf "%d %d\n", h, m }'
}
read -r HITS0 MISSES0 <<<"$(gets)"
: > "$WORK/ratios"
for round in $(seq 1 "$ROUNDS"); do # the three endpoints alternate, so a change of load hits all of them alike
  read -r PING_RPS PING_P99 _ <<<"$(run ping /api/v1/ping)"
  read -r R_RPS R_P99 R_NON <<<"$(run redirect '/r/{lang}/{symbol}')"
  read -r J_RPS J_P99 J_NON <<<"$(run resolve '/api/v1/resolve/{symbol}?lang={lang}')"
  echo
  [ "$ROUNDS" -eq 1 ] || echo "round $round (load $(cut -d' ' -f1 /proc/loadavg))"
  printf "%-32s %12s %10s %8s %10s\n" endpoint "req/s" "p99 ms" ratio "p99 ratio"
  printf "%-32s %12.0f %10.2f %8s %10s\n" "/api/v1/ping (baseline)" "$PING_RPS" "$PING_P99" "1.00" "1.00"
  printf "%-32s %12.0f %10.2f %8.2f %10.2f  (non-2xx/3xx: %s)\n" "/r/{lang}/{symbol} (302)" "$R_RPS" "$R_P99" \
    "$(ratio "$R_RPS" "$PING_RPS")" "$(ratio "$R_P99" "$PING_P99")" "$R_NON"
  printf "%-32s %12.0f %10.2f %8.2f %10.2f  (non-2xx: %s)\n" "/api/v1/resolve/{symbol}" "$J_RPS" "$J_P99" \
    "$(ratio "$J_RPS" "$PING_RPS")" "$(ratio "$J_P99" "$PING_P99")" "$J_NON"
  echo "$(ratio "$R_RPS" "$PING_RPS") $(ratio "$R_P99" "$PING_P99") $(ratio "$J_RPS" "$PING_RPS") $(ratio "$J_P99" "$PING_P99")" >> "$WORK/ratios"
done
if [ "$ROUNDS" -gt 1 ]; then
  echo
  printf "median of %s rounds: /r %.2fx req/s, %.2fx p99; /api/v1/resolve %.2fx req/s, %.2fx p99\n" "$ROUNDS" \
    "$(cut -d' ' -f1 "$WORK/ratios" | median)" "$(cut -d' ' -f2 "$WORK/ratios" | median)" \
    "$(cut -d' ' -f3 "$WORK/ratios" | median)" "$(cut -d' ' -f4 "$WORK/ratios" | median)"
fi
read -r HITS1 MISSES1 <<<"$(gets)"
echo "resolver cache during the measured runs: $((HITS1 - HITS0)) hits, $((MISSES1 - MISSES0)) misses"
jcmd "$PID" GC.run >/dev/null 2>&1 && echo "heap after a full GC: $(jcmd "$PID" GC.heap_info | awk '/used/ {print; exit}' | sed 's/^ *//')"
echo "($DOCS documents, $JAR, load $(cut -d' ' -f1-3 /proc/loadavg), wrk -t2 -c$CONNS -d${SECONDS_PER_RUN}s, random catalogued symbols, languages en/fr/es)"
