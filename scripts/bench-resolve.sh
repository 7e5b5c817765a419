#!/usr/bin/env bash
# HTTP benchmark of the resolver against the constant endpoint of the same build, in the same run.
#   scripts/bench-resolve.sh [documents=100000] [seconds=20] [connections=50]
# Starts the packaged service on a throw-away embedded database, imports N generated documents, warms up, then
# measures /api/v1/ping (baseline), /r/{lang}/{symbol} (redirects) and /api/v1/resolve/{symbol}, each with wrk over
# random catalogued symbols, and prints req/s, p99 and the ratio to the baseline. Rate limiting is off for the run:
# every request comes from one address.
set -euo pipefail
cd "$(dirname "$0")/.."
DOCS=${1:-100000}; SECONDS_PER_RUN=${2:-20}; CONNS=${3:-50}
PORT=${PORT:-18090}; BASE="http://127.0.0.1:$PORT"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
WORK=$(mktemp -d); trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$WORK"' EXIT
UNSYMBOL_DATA_DIR=$WORK/data UNSYMBOL_API_KEYS=bench-key QUARKUS_HTTP_PORT=$PORT UNSYMBOL_SEED_ENABLED=false UNSYMBOL_RATE_LIMIT_ENABLED=false \
  java -jar target/quarkus-app/quarkus-run.jar >"$WORK/service.log" 2>&1 &
PID=$!
for _ in $(seq 1 120); do curl -sf "$BASE/q/health/ready" >/dev/null && break; sleep 0.5; done

echo "generating and importing $DOCS documents..."
awk -v n="$DOCS" 'BEGIN { for (i = 0; i < n; i++) { s = 50 + i % 30; d = 1 + int(i / 30);
  printf "{\"symbol\":\"A/%d/%d\",\"kind\":\"document\",\"originalLanguage\":\"en\",\"versions\":{\"en\":{\"title\":\"Report %d of session %d\"},\"fr\":{\"title\":\"Rapport %d\"}}}\n", s, d, d, s, d } }' \
  > "$WORK/docs.ndjson"
awk -v n="$DOCS" 'BEGIN { for (i = 0; i < n; i++) printf "A/%d/%d\n", 50 + i % 30, 1 + int(i / 30) }' \
  | shuf --random-source=<(yes) > "$WORK/symbols.txt"
curl -sf -H "Authorization: Bearer bench-key" -H "Content-Type: application/x-ndjson" \
  --data-binary @"$WORK/docs.ndjson" "$BASE/api/v1/imports" | head -c 300; echo

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
  wrk -t2 -c"$CONNS" -d"${SECONDS_PER_RUN}s" --latency -s "$WORK/random.lua" "$BASE$2" > "$WORK/$1.txt"
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
read -r PING_RPS PING_P99 _ <<<"$(run ping /api/v1/ping)"
read -r R_RPS R_P99 R_NON <<<"$(run redirect '/r/{lang}/{symbol}')"
read -r J_RPS J_P99 J_NON <<<"$(run resolve '/api/v1/resolve/{symbol}?lang={lang}')"
echo
printf "%-32s %12s %10s %8s\n" endpoint "req/s" "p99 ms" ratio
printf "%-32s %12.0f %10.2f %8s\n" "/api/v1/ping (baseline)" "$PING_RPS" "$PING_P99" "1.00"
printf "%-32s %12.0f %10.2f %8.2f  (non-2xx/3xx: %s)\n" "/r/{lang}/{symbol} (302)" "$R_RPS" "$R_P99" "$(echo "$R_RPS / $PING_RPS" | bc -l)" "$R_NON"
printf "%-32s %12.0f %10.2f %8.2f  (non-2xx: %s)\n" "/api/v1/resolve/{symbol}" "$J_RPS" "$J_P99" "$(echo "$J_RPS / $PING_RPS" | bc -l)" "$J_NON"
echo "($DOCS documents, wrk -t2 -c$CONNS -d${SECONDS_PER_RUN}s, random catalogued symbols, languages en/fr/es)"
