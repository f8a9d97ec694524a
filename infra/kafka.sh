#!/usr/bin/env bash
# Local single-node Kafka (KRaft) for development and tests, run straight from
# the jars on Maven Central (no Docker, no tarball download is possible here).
# Usage: infra/kafka.sh up|down|status
set -euo pipefail

# Pinned: the newest Kafka that kafkajs 2.2.4 was verified against (infra/README.md).
KAFKA_VERSION=4.4.0
KAFKA_PORT=${KAFKA_PORT:-9092}
KAFKA_CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-9093}
KAFKA_START_TIMEOUT=${KAFKA_START_TIMEOUT:-90}
KAFKA_STOP_TIMEOUT=${KAFKA_STOP_TIMEOUT:-30}
CACHE_DIR=${IMP_CACHE_DIR:-$HOME/.cache/imp-workflow}
STATE_DIR=${IMP_KAFKA_STATE_DIR:-$HOME/.cache/imp-workflow}

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
LIBS=$CACHE_DIR/kafka-$KAFKA_VERSION/libs
DATA=$STATE_DIR/kafka-data
CONF=$STATE_DIR/kafka-server.properties
LOG=$STATE_DIR/kafka.log
PIDFILE=$STATE_DIR/kafka.pid

say() { echo "[kafka] $*"; }
die() { echo "[kafka] ERROR: $*" >&2; exit 1; }

running_pid() {
  [[ -f $PIDFILE ]] || return 1
  local pid
  pid=$(<"$PIDFILE")
  # The pid may have been reused by an unrelated process after a reboot.
  [[ $pid =~ ^[0-9]+$ ]] && grep -qa 'kafka\.Kafka' "/proc/$pid/cmdline" 2>/dev/null || return 1
  echo "$pid"
}

# The port a running broker was started with, which may differ from $KAFKA_PORT now.
running_port() { sed -n 's/^advertised.listeners=.*:\([0-9]*\)$/\1/p' "$CONF" 2>/dev/null; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

JAVA_CMD=(java -Xms256m -Xmx512m -XX:+UseG1GC -Djava.awt.headless=true
  -Dlog4j2.configurationFile="$HERE/kafka/log4j2.properties" -cp "$LIBS/*")

fetch_libs() {
  [[ -f $LIBS/.complete ]] && return 0
  command -v mvn >/dev/null || die "mvn not found (needed once to fetch Kafka from Maven Central)"
  say "fetching Kafka $KAFKA_VERSION and its dependencies from Maven Central into $LIBS"
  # Download into a side dir so an interrupted fetch never looks complete.
  rm -rf "$LIBS.tmp"
  mkdir -p "$LIBS.tmp"
  # Maven's chatter goes to a file and is shown only when the fetch fails.
  mvn -B -Dstyle.color=never -f "$HERE/kafka/pom.xml" dependency:copy-dependencies \
    -Dkafka.version="$KAFKA_VERSION" -DincludeScope=runtime -DoutputDirectory="$LIBS.tmp" \
    >"$LIBS.tmp/mvn.log" 2>&1 || { tail -n 40 "$LIBS.tmp/mvn.log" >&2; die "Maven fetch failed"; }
  touch "$LIBS.tmp/.complete"
  rm -rf "$LIBS"
  mv "$LIBS.tmp" "$LIBS"
}

write_config() {
  mkdir -p "$DATA"
  sed -e "s|@KAFKA_PORT@|$KAFKA_PORT|g" \
      -e "s|@CONTROLLER_PORT@|$KAFKA_CONTROLLER_PORT|g" \
      -e "s|@DATA_DIR@|$DATA|g" \
      "$HERE/kafka/server.properties" >"$CONF"
}

format_storage() {
  [[ -f $DATA/meta.properties ]] && return 0
  say "formatting fresh KRaft storage in $DATA"
  local cluster_id
  cluster_id=$("${JAVA_CMD[@]}" kafka.tools.StorageTool random-uuid | tail -n 1)
  "${JAVA_CMD[@]}" kafka.tools.StorageTool format -t "$cluster_id" -c "$CONF" >/dev/null
}

fail_start() {
  local pid=$1 msg=$2
  echo "[kafka] ERROR: $msg; last lines of $LOG:" >&2
  tail -n 40 "$LOG" >&2 || true
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$PIDFILE"
  exit 1
}

up() {
  local pid
  if pid=$(running_pid); then
    say "already running (pid $pid) on 127.0.0.1:$(running_port)"
    return 0
  fi
  command -v java >/dev/null || die "java (17+) not found"
  port_open "$KAFKA_PORT" && die "127.0.0.1:$KAFKA_PORT is already taken by another process"
  fetch_libs
  write_config
  format_storage

  [[ -f $LOG ]] && mv -f "$LOG" "$LOG.1"
  # setsid + nohup: the broker must outlive this script and the npm/CI shell.
  setsid nohup "${JAVA_CMD[@]}" kafka.Kafka "$CONF" >"$LOG" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$PIDFILE"

  local deadline=$((SECONDS + KAFKA_START_TIMEOUT))
  # An open port alone is not enough: the log line comes once the broker has
  # caught up with the metadata log and really serves requests.
  until port_open "$KAFKA_PORT" && grep -q 'Kafka Server started' "$LOG"; do
    kill -0 "$pid" 2>/dev/null || fail_start "$pid" "broker exited during startup"
    ((SECONDS < deadline)) || fail_start "$pid" "broker not ready after ${KAFKA_START_TIMEOUT}s"
    sleep 0.3
  done
  say "up (pid $pid) on 127.0.0.1:$KAFKA_PORT, log: $LOG"
}

down() {
  local pid
  if ! pid=$(running_pid); then
    rm -f "$PIDFILE"
    say "not running"
    return 0
  fi
  kill -TERM "$pid"
  local deadline=$((SECONDS + KAFKA_STOP_TIMEOUT))
  while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.3; done
  if kill -0 "$pid" 2>/dev/null; then
    say "no clean shutdown after ${KAFKA_STOP_TIMEOUT}s, sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$PIDFILE"
  say "stopped"
}

status() {
  local pid
  if pid=$(running_pid); then
    say "running (pid $pid) on 127.0.0.1:$(running_port)"
  else
    say "stopped"
    return 1
  fi
}

case "${1:-}" in
  up | down | status) "$1" ;;
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
