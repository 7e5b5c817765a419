#!/usr/bin/env bash
# Sustained load at about 80 % of the measured capacity: five minutes (LOAD_SECONDS) of a mix of redirects, JSON
# resolves, parses and catalogue reads, paced to 80 % of what a 15 s capacity probe reached. Goals: 0 errors
# (non-2xx/3xx and socket errors), and flat RSS: the last minute's mean RSS within 10 % of the second minute's.
set -euo pipefail
SECONDS_TOTAL=${LOAD_SECONDS:-300}; CONNS=${LOAD_CONNECTIONS:-32}
cat > "$WORK/mix.lua" <<'LUA'
local paths = {
  "/r/es/A/78/265", "/r/en/A/RES/75/240", "/api/v1/resolve/A/78/265?lang=es", "/api/v1/symbols/A/AC.292/2024/L.1",
  "/api/v1/symbols/e/cn.4/2005/l.10/add.1", "/api/v1/documents/A/AC.292/2024/L.1", "/api/v1/documents?prefix=A&limit=5",
  "/r/fr/A/77/275", "/api/v1/resolve/A/AC.292/2023/INF/7?lang=en", "/api/v1/bodies"
}
local i = 0
request = function() i = i + 1; return wrk.format("GET", paths[i % #paths + 1]) end
LUA
# capacity probe
wrk -t2 -c"$CONNS" -d15s -s "$WORK/mix.lua" "$BASE" > "$WORK/probe.txt"
CAP=$(awk '/Requests\/sec/ {print int($2)}' "$WORK/probe.txt")
TARGET=$(( CAP * 8 / 10 ))
echo "capacity ~$CAP req/s; holding ~$TARGET req/s for ${SECONDS_TOTAL}s"
# wrk has no fixed-rate mode: each connection waits CONNS/TARGET s between its requests (wrk's Lua delay()), which
# holds a little under the target (the answer's own time adds to the wait); the share held is reported
DELAY_MS=$(awk -v c="$CONNS" -v t="$TARGET" 'BEGIN { printf "%.3f", (t > 0 ? c * 1000 / t : 0) }')
{ cat "$WORK/mix.lua"; echo "delay = function() return $DELAY_MS end"; } > "$WORK/paced.lua"
: > "$WORK/rss.txt"
( for _ in $(seq 1 "$SECONDS_TOTAL"); do
    kill -0 "$PID" 2>/dev/null || break
    awk '/VmRSS/ {print $2}' "/proc/$PID/status" >> "$WORK/rss.txt"; sleep 1
  done ) &
SAMPLER=$!
wrk -t2 -c"$CONNS" -d"${SECONDS_TOTAL}s" --latency -s "$WORK/paced.lua" "$BASE" > "$WORK/load.txt"
wait "$SAMPLER" || true
RPS=$(awk '/Requests\/sec/ {print int($2)}' "$WORK/load.txt")
NON=$(awk '/Non-2xx/ {print $NF}' "$WORK/load.txt"); NON=${NON:-0}
SOCK=$(awk '/Socket errors/ {gsub(",",""); print $4+$6+$8+$10}' "$WORK/load.txt"); SOCK=${SOCK:-0}
P99=$(awk '$1=="99%" {print $2}' "$WORK/load.txt")
# mean RSS of the second minute, and of the last minute
read -r EARLY LATE < <(awk '{rss[NR]=$1} END { a=0; na=0; for (k=61; k<=120 && k<=NR; k++) {a+=rss[k]; na++}
  s=0; c=0; for (k=NR-59; k<=NR; k++) if (k>0) {s+=rss[k]; c++}; printf "%d %d\n", (na?a/na:0), (c?s/c:0) }' "$WORK/rss.txt")
GROWTH=$(awk -v e="$EARLY" -v l="$LATE" 'BEGIN { printf "%.3f", (e>0 ? l/e : 0) }')
echo "RESULT load: capacity_rps=$CAP held_rps=$RPS share=$(awk -v r="$RPS" -v c="$CAP" 'BEGIN{printf "%.2f", r/c}') seconds=$SECONDS_TOTAL non2xx=$NON socket_errors=$SOCK p99=$P99 rss_min2_kb=$EARLY rss_last_kb=$LATE rss_ratio=$GROWTH"
[ "$NON" = 0 ] && [ "$SOCK" = 0 ] && awk -v g="$GROWTH" 'BEGIN { exit !(g > 0 && g <= 1.10) }'
