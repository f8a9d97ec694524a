#!/usr/bin/env bash
# Production mode on one machine: each service its own OS process, against Kafka and PostgreSQL.
# Usage: infra/services.sh up|down|status   (logs and pids under .data/services/)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUN_DIR=${IMP_SERVICES_DIR:-$ROOT/.data/services}
SERVICES=(employer-service:3001 offer-service:3002 application-service:3003 decision-service:3004)
export DATABASE_URL=${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/imp}
export KAFKA_BROKERS=${KAFKA_BROKERS:-127.0.0.1:${KAFKA_PORT:-9092}}

say() { echo "[services] $*"; }

alive() { [[ -f $RUN_DIR/$1.pid ]] && kill -0 "$(<"$RUN_DIR/$1.pid")" 2>/dev/null; }

healthy() { curl -fsS "http://127.0.0.1:$1/health" >/dev/null 2>&1; }

up() {
  bash "$ROOT/infra/up.sh"
  (cd "$ROOT" && npm run --silent build)
  mkdir -p "$RUN_DIR"
  for entry in "${SERVICES[@]}"; do
    local name=${entry%%:*} port=${entry##*:}
    if alive "$name"; then say "$name already running"; continue; fi
    PORT=$port setsid nohup node "$ROOT/dist/apps/$name/src/main.js" >"$RUN_DIR/$name.log" 2>&1 &
    echo $! >"$RUN_DIR/$name.pid"
  done
  for entry in "${SERVICES[@]}"; do
    local name=${entry%%:*} port=${entry##*:}
    for _ in $(seq 1 120); do
      healthy "$port" && break
      alive "$name" || { tail -n 30 "$RUN_DIR/$name.log" >&2; say "$name exited"; exit 1; }
      sleep 0.5
    done
    healthy "$port" || { tail -n 30 "$RUN_DIR/$name.log" >&2; say "$name not healthy"; exit 1; }
    say "$name up on http://127.0.0.1:$port (log: $RUN_DIR/$name.log)"
  done
}

down() {
  for entry in "${SERVICES[@]}"; do
    local name=${entry%%:*}
    alive "$name" || { rm -f "$RUN_DIR/$name.pid"; continue; }
    local pid
    pid=$(<"$RUN_DIR/$name.pid")
    kill -TERM "$pid"
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -KILL "$pid" 2>/dev/null || true
    rm -f "$RUN_DIR/$name.pid"
    say "$name stopped"
  done
}

status() {
  local rc=0
  for entry in "${SERVICES[@]}"; do
    local name=${entry%%:*} port=${entry##*:}
    if alive "$name" && healthy "$port"; then say "$name up on :$port"; else say "$name down"; rc=1; fi
  done
  return $rc
}

case ${1:-} in
  up) up ;;
  down) down ;;
  status) status ;;
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
