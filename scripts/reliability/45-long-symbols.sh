#!/usr/bin/env bash
# Issue 11, defect 9: over-long symbols in the path must not slow other clients down.
# Measures another client's median latency on /api/v1/resolve/A/78/265 quiet, then while 4 connections send
# GET /api/v1/documents/{4,000-character symbol} in a loop (now refused with 414 before routing).
# Goal: the loaded median at most 2x the quiet one, and every hostile request answered 414.
# Env: BASE (http://127.0.0.1:18080). Bounded: about 20 s.
set -euo pipefail
BASE=${BASE:?BASE is required}
N=${N:-300}
LONG=$(printf 'A/%.0s' $(seq 1 2000))

median_ms() { # N sequential requests; prints the median time_total in ms
  for _ in $(seq 1 "$N"); do
    curl -s -o /dev/null -w '%{time_total}\n' "$BASE/api/v1/resolve/A/78/265?lang=en"
  done | sort -n | awk '{a[NR]=$1} END {printf "%.2f", a[int((NR+1)/2)]*1000}'
}

quiet=$(median_ms)
tmp=$(mktemp -d)
pids=()
for i in 1 2 3 4; do
  ( end=$((SECONDS + 15)); while [ $SECONDS -lt $end ]; do
      curl -s -o /dev/null -w '%{http_code}\n' "$BASE/api/v1/documents/$LONG"; done > "$tmp/codes.$i" ) &
  pids+=($!)
done
sleep 1
loaded=$(median_ms)
for p in "${pids[@]}"; do wait "$p"; done
hostile=$(cat "$tmp"/codes.* | wc -l)
not414=$(cat "$tmp"/codes.* | grep -vc '^414$' || true)
rm -rf "$tmp"
ratio=$(awk -v l="$loaded" -v q="$quiet" 'BEGIN {printf "%.2f", (q > 0 ? l / q : 0)}')
echo "RESULT long-symbols: quiet_median_ms=$quiet loaded_median_ms=$loaded ratio=$ratio hostile_requests=$hostile hostile_not_414=$not414"
awk -v r="$ratio" 'BEGIN {exit !(r <= 2.0)}' && [ "$not414" -eq 0 ]
