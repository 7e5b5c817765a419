#!/usr/bin/env bash
# Defect 10: kill -9 the embedded PostgreSQL's postmaster under a running service. The service must answer 503 for a
# short while, then recover by itself (its supervisor starts the postmaster again on the same data directory and
# port), without a restart of the java process; liveness stays UP throughout.
# Env: BASE, KEY (unused), PID (the service's java pid). The data folder is found from the service's environment
# (UNSYMBOL_DATA_DIR) or its working directory (./data), as the service itself does; override with DATA_DIR.
# Goal: serving again within RECOVER_S seconds (default 30), the same java pid, a new postmaster pid.
set -euo pipefail
: "${BASE:?}" "${PID:?}"
RECOVER_S=${RECOVER_S:-30}
if [[ -z "${DATA_DIR:-}" ]]; then
  DATA_DIR=$(tr '\0' '\n' </proc/"$PID"/environ | sed -n 's/^UNSYMBOL_DATA_DIR=//p' | head -1)
  [[ -n "$DATA_DIR" ]] || DATA_DIR=data
  [[ "$DATA_DIR" = /* ]] || DATA_DIR=$(readlink -f /proc/"$PID"/cwd)/$DATA_DIR
fi
PIDFILE=$DATA_DIR/pg/postmaster.pid
[[ -f "$PIDFILE" ]] || { echo "no $PIDFILE: is this service running the embedded PostgreSQL?" >&2; exit 2; }
OLD=$(head -1 "$PIDFILE")
code() { curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$BASE$1" || true; }
[[ $(code /api/v1/documents?limit=1) == 200 ]] || { echo "the service does not answer 200 before the kill" >&2; exit 2; }

kill -9 "$OLD"
t0=$(date +%s%N); first503=-1; back=-1; other=0; live_down=0
while (( ($(date +%s%N) - t0) / 1000000000 < RECOVER_S + 30 )); do
  c=$(code "/api/v1/documents?limit=1&q=kill$RANDOM")
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  if [[ $c == 503 && $first503 -lt 0 ]]; then first503=$ms; fi
  if [[ $c != 200 && $c != 503 ]]; then other=$((other + 1)); fi
  [[ $(code /q/health/live) == 200 ]] || live_down=$((live_down + 1))
  if [[ $c == 200 ]] && ! kill -0 "$OLD" 2>/dev/null && [[ -f "$PIDFILE" && $(head -1 "$PIDFILE") != "$OLD" ]]; then
    back=$ms; break
  fi
  sleep 0.2
done
NEW=$(head -1 "$PIDFILE" 2>/dev/null || echo none)
java_alive=$(kill -0 "$PID" 2>/dev/null && echo yes || echo no)
echo "RESULT postmaster-kill: first_503_ms=$first503 serving_again_ms=$back other_status=$other liveness_down=$live_down java_alive=$java_alive old_postmaster=$OLD new_postmaster=$NEW"
[[ $back -ge 0 && $back -le $((RECOVER_S * 1000)) && $java_alive == yes && $other == 0 && $live_down == 0 && $NEW != "$OLD" ]]
