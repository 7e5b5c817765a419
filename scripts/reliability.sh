#!/usr/bin/env bash
# The slow half of the reliability suite (the fast half runs in ./mvnw verify). Builds the packaged service once,
# then runs each check in scripts/reliability/ against a fresh instance of it on a throw-away embedded database:
#   scripts/reliability.sh            # every check
#   scripts/reliability.sh 10 50      # only the checks whose file name starts with 10 or 50
# Each check gets BASE, KEY, PID (the service's java pid), DATA_DIR, WORK, and START/STOP commands (a check that
# kills the service restarts it with "$START", which sets PID anew in the file $WORK/pid). It prints
# `RESULT <name>: key=value ...` lines and exits non-zero when its goal is not met. Loopback only; every loop is
# bounded. A summary of every RESULT line and each check's verdict is printed at the end.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
command -v curl >/dev/null || { apt-get update -qq && apt-get install -y -qq curl >/dev/null; }
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -f target/quarkus-app/quarkus-run.jar ] && [ -z "${REBUILD:-}" ] || ./mvnw -B -q package -DskipTests || exit 1

PORT=${PORT:-18180}
export BASE="http://127.0.0.1:$PORT" KEY=reliability-key
SUMMARY=$(mktemp); FAILED=0

listener() { ss -ltnpH "sport = :$PORT" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }
start_service() { # starts the jar on $DATA_DIR, writes its pid to $WORK/pid, waits for readiness (60 s at most)
  # a service left over on the port would answer in our place: refuse to go on with it
  for _ in $(seq 1 20); do [ -z "$(listener)" ] && break; sleep 0.5; done
  if [ -n "$(listener)" ]; then echo "port $PORT is still taken by pid $(listener)" >&2; return 1; fi
  UNSYMBOL_DATA_DIR="$DATA_DIR" UNSYMBOL_API_KEYS="$KEY" QUARKUS_HTTP_PORT="$PORT" UNSYMBOL_SEED_ENABLED=true \
    UNSYMBOL_RATE_LIMIT_ENABLED="${RATE_LIMIT:-false}" \
    java -XX:+ExitOnOutOfMemoryError -XX:ThreadPriorityPolicy=1 -XX:JavaPriority1_To_OSPriority=19 ${JAVA_OPTS:--Xmx1g} -jar "$ROOT/target/quarkus-app/quarkus-run.jar" \
    >>"$WORK/service.log" 2>&1 &
  echo $! > "$WORK/pid"
  for _ in $(seq 1 120); do
    if curl -sf "$BASE/q/health/ready" >/dev/null; then
      [ "$(listener)" = "$(cat "$WORK/pid")" ] && return 0
      echo "another process answers on port $PORT" >&2; return 1
    fi
    sleep 0.5
  done
  echo "service did not become ready; last log lines:" >&2; tail -20 "$WORK/service.log" >&2; return 1
}
stop_service() {
  local pid; pid=$(cat "$WORK/pid" 2>/dev/null) || return 0
  kill "$pid" 2>/dev/null; for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  # a service a check started again itself (kill -9 and restart) is ours too
  local left; left=$(listener); [ -n "$left" ] && kill -9 "$left" 2>/dev/null
  # an embedded postmaster left behind by a kill -9 is stopped by the next start, or here
  pkill -f "$DATA_DIR/pg" 2>/dev/null || true
}
export -f start_service stop_service listener
export ROOT PORT

for check in scripts/reliability/[0-9]*.sh; do
  name=$(basename "$check" .sh)
  if [ $# -gt 0 ]; then
    keep=; for prefix in "$@"; do [[ $name == "$prefix"* ]] && keep=1; done; [ -n "$keep" ] || continue
  fi
  export WORK; WORK=$(mktemp -d); export DATA_DIR=$WORK/data
  export START="start_service" STOP="stop_service"
  echo "== $name"
  if ! start_service; then echo "FAIL $name: service did not start" | tee -a "$SUMMARY"; FAILED=1; continue; fi
  export PID; PID=$(cat "$WORK/pid")
  if (cd "$ROOT" && bash "$check") 2>&1 | tee "$WORK/check.log"; [ "${PIPESTATUS[0]}" -eq 0 ]; then
    verdict=PASS
  else
    verdict=FAIL; FAILED=1
  fi
  grep '^RESULT ' "$WORK/check.log" >> "$SUMMARY"
  echo "$verdict $name" >> "$SUMMARY"
  stop_service
  if [ "$verdict" = FAIL ]; then echo "(service log kept in $WORK/service.log)"; else rm -rf "$WORK"; fi
done
echo; echo "== summary"; cat "$SUMMARY"; rm -f "$SUMMARY"
exit $FAILED
