#!/usr/bin/env bash
# Issue 11, defect 9: over-long symbols in the path must not slow other clients down.
# Measures another client's median latency on /api/v1/resolve/A/78/265 quiet, then while 4 connections send
# GET /api/v1/documents/{4,000-character symbol} in a loop (now refused with 414 before routing).
# Goal: the loaded median at most 2x the median under the same load of cheap requests, every hostile request 414.
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

# 4 client loops of the same shape, against PATH_OF_LOAD: the hostile one, and a control of cheap requests
# (/api/v1/ping). On 2 cores the curl processes themselves take CPU from the measured client, so the goal is
# stated against the control: what the long symbols cost beyond any 4 busy clients.
load_with() { # path -> "median_ms requests not_414"
  local tmp; tmp=$(mktemp -d); local pids=()
  for i in 1 2 3 4; do
    ( end=$((SECONDS + 15)); while [ $SECONDS -lt $end ]; do
        curl -s -o /dev/null -w '%{http_code}\n' "$BASE$1"; done > "$tmp/codes.$i" ) &
    pids+=($!)
  done
  sleep 1
  local m; m=$(median_ms)
  for p in "${pids[@]}"; do wait "$p"; done
  echo "$m $(cat "$tmp"/codes.* | wc -l) $(cat "$tmp"/codes.* | grep -vc '^414$' || true)"
  rm -rf "$tmp"
}
quiet=$(median_ms)
read -r control _ _ < <(load_with /api/v1/ping)
read -r loaded hostile not414 < <(load_with "/api/v1/documents/$LONG")
ratio=$(awk -v l="$loaded" -v q="$quiet" 'BEGIN {printf "%.2f", (q > 0 ? l / q : 0)}')
vs_control=$(awk -v l="$loaded" -v c="$control" 'BEGIN {printf "%.2f", (c > 0 ? l / c : 0)}')
echo "RESULT long-symbols: quiet_median_ms=$quiet control_loaded_median_ms=$control loaded_median_ms=$loaded ratio_to_quiet=$ratio ratio_to_control=$vs_control hostile_requests=$hostile hostile_not_414=$not414"
awk -v r="$vs_control" 'BEGIN {exit !(r <= 2.0)}' && [ "$not414" -eq 0 ]
