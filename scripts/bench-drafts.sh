#!/usr/bin/env bash
# HTTP benchmark of draft checking: posts a 1 MB and a 10 MB Markdown draft (the seed draft A/AC.292/2024/L.1 repeated)
# to the packaged service, several times each, and prints the client time (curl %{time_total}) and the server's own
# processing time (the Server-Timing header: read, extract, catalogue, annotate, total), median and best.
#   scripts/bench-drafts.sh [runs=7] [operation=check|linkify]
# Starts the packaged service on a throw-away embedded database (seed catalogue loaded, rate limit off), or uses
# BASE=http://host:port when set. Goal: 1 MB in <= 100 ms, 10 MB in <= 10x that.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-7}; OP=${2:-check}
DRAFT=${DRAFT:-docs/samples/draft.md}
WORK=$(mktemp -d); PID=
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
if [ -z "${BASE:-}" ]; then
  PORT=${PORT:-18091}; BASE="http://127.0.0.1:$PORT"
  [ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
  UNSYMBOL_DATA_DIR=$WORK/data QUARKUS_HTTP_PORT=$PORT UNSYMBOL_SEED_ENABLED=true UNSYMBOL_RATE_LIMIT_ENABLED=false \
    java -jar target/quarkus-app/quarkus-run.jar >"$WORK/service.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 120); do curl -sf "$BASE/q/health/ready" >/dev/null && break; sleep 0.5; done
fi

make_draft() { # bytes file: the seed draft repeated up to that size
  local want=$1 out=$2; : > "$out"
  while [ "$(stat -c %s "$out")" -lt "$want" ]; do cat "$DRAFT" >> "$out"; done
}
make_draft 1048576 "$WORK/1mb.md"; make_draft 10485760 "$WORK/10mb.md"

post() { # file -> "client_ms server_total_ms extract_ms catalogue_ms references"
  curl -s -o "$WORK/out" -D "$WORK/headers" -w '%{time_total} %{http_code}\n' -H 'Content-Type: text/markdown' \
    --data-binary @"$1" "$BASE/api/v1/drafts/$OP?lang=es" > "$WORK/curl"
  read -r total code < "$WORK/curl"
  [ "$code" = 200 ] || { echo "HTTP $code: $(head -c 300 "$WORK/out")" >&2; exit 1; }
  local timing; timing=$(grep -i '^server-timing:' "$WORK/headers" | tr -d '\r')
  local server extract catalogue refs
  server=$(sed -E 's/.*total;dur=([0-9.]+).*/\1/' <<<"$timing")
  extract=$(sed -E 's/.*extract;dur=([0-9.]+).*/\1/' <<<"$timing")
  catalogue=$(sed -E 's/.*catalogue;dur=([0-9.]+).*/\1/' <<<"$timing")
  if [ "$OP" = check ]; then refs=$(grep -o '"references":[0-9]*' "$WORK/out" | head -1 | cut -d: -f2)
  else refs=$(grep -i '^x-references:' "$WORK/headers" | tr -dc '0-9'); fi
  echo "$(echo "$total * 1000" | bc -l) $server $extract $catalogue $refs"
}
stats() { # column -> "median best"
  sort -n | awk '{ v[NR] = $1 } END { printf "%.1f %.1f", (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2), v[1] }'
}
echo "warming up..."
for _ in $(seq 1 15); do post "$WORK/1mb.md" >/dev/null; done
for _ in $(seq 1 3); do post "$WORK/10mb.md" >/dev/null; done
printf "%-7s %10s %22s %22s %14s %14s %11s\n" size bytes "client ms (med/best)" "server ms (med/best)" "extract med" \
  "catalogue med" references
for size in 1mb 10mb; do
  : > "$WORK/$size.runs"
  for _ in $(seq 1 "$RUNS"); do post "$WORK/$size.md" >> "$WORK/$size.runs"; done
  read -r cm cb <<<"$(cut -d' ' -f1 "$WORK/$size.runs" | stats)"
  read -r sm sb <<<"$(cut -d' ' -f2 "$WORK/$size.runs" | stats)"
  read -r em _ <<<"$(cut -d' ' -f3 "$WORK/$size.runs" | stats)"
  read -r qm _ <<<"$(cut -d' ' -f4 "$WORK/$size.runs" | stats)"
  refs=$(tail -1 "$WORK/$size.runs" | cut -d' ' -f5)
  printf "%-7s %10s %22s %22s %14s %14s %11s\n" "$size" "$(stat -c %s "$WORK/$size.md")" "$cm / $cb" "$sm / $sb" \
    "$em" "$qm" "$refs"
done
echo "(POST /api/v1/drafts/$OP?lang=es, text/markdown, $RUNS runs each after warm-up; server ms from Server-Timing)"
