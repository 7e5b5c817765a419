#!/usr/bin/env bash
# A/B of draft checking on a shared machine: two packaged services (two quarkus-app directories, e.g. this release's
# target/quarkus-app and an older commit's) run side by side and the same 1 MB and 10 MB drafts (the seed draft
# repeated, as scripts/bench-drafts.sh makes them) are posted to each in turn, request by request, alternating which
# goes first, so both see the same load. Prints the server time (Server-Timing total) median and best of each, and B/A.
#   scripts/bench-drafts-ab.sh <quarkus-app dir A> <quarkus-app dir B> [rounds=9]
# WARM=n: 1 MB warm-up posts to each (default 15; under heavy load the JIT needs more); SIZES="1mb 10mb 1mb": phases.
set -euo pipefail
DRAFT=${DRAFT:-$(cd "$(dirname "$0")/.." && pwd)/docs/samples/draft.md}
A=$(cd "$1" && pwd); B=$(cd "$2" && pwd)
R=${3:-9}
WORK=$(mktemp -d); PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done; rm -rf "$WORK"; }
trap cleanup EXIT
start() { # tree port
  (cd "$1" && UNSYMBOL_DATA_DIR=$WORK/data-$2 QUARKUS_HTTP_PORT=$2 UNSYMBOL_SEED_ENABLED=true UNSYMBOL_RATE_LIMIT_ENABLED=false \
    exec java -jar quarkus-run.jar >"$WORK/service-$2.log" 2>&1) &
  PIDS+=($!)
}
start "$A" 18291; start "$B" 18292
for port in 18291 18292; do for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null && break; sleep 0.5; done; done
make_draft() { local want=$1 out=$2; : > "$out"; while [ "$(stat -c %s "$out")" -lt "$want" ]; do cat "$DRAFT" >> "$out"; done; }
make_draft 1048576 "$WORK/1mb.md"; make_draft 10485760 "$WORK/10mb.md"
post() { # port file -> server total ms
  curl -s -o /dev/null -D "$WORK/h" -H 'Content-Type: text/markdown' --data-binary @"$2" "http://127.0.0.1:$1/api/v1/drafts/check?lang=es"
  grep -i '^server-timing:' "$WORK/h" | tr -d '\r' | sed -E 's/.*total;dur=([0-9.]+).*/\1/'
}
for _ in $(seq 1 ${WARM:-15}); do post 18291 "$WORK/1mb.md" >/dev/null; post 18292 "$WORK/1mb.md" >/dev/null; done
for _ in $(seq 1 3); do post 18291 "$WORK/10mb.md" >/dev/null; post 18292 "$WORK/10mb.md" >/dev/null; done
for size in ${SIZES:-1mb 10mb}; do
  : > "$WORK/a"; : > "$WORK/b"
  for r in $(seq 1 "$R"); do
    if [ $((r % 2)) = 1 ]; then post 18291 "$WORK/$size.md" >> "$WORK/a"; post 18292 "$WORK/$size.md" >> "$WORK/b";
    else post 18292 "$WORK/$size.md" >> "$WORK/b"; post 18291 "$WORK/$size.md" >> "$WORK/a"; fi
  done
  ma=$(sort -n "$WORK/a" | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'); mb=$(sort -n "$WORK/b" | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}')
  ba=$(sort -n "$WORK/a" | head -1); bb=$(sort -n "$WORK/b" | head -1)
  echo "$size A median $ma best $ba | B median $mb best $bb | B/A median $(echo "$mb / $ma" | bc -l | cut -c1-5) best $(echo "$bb / $ba" | bc -l | cut -c1-5)"
done
