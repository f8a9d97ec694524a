#!/usr/bin/env bash
# PostgreSQL is a machine service here (Debian cluster, trust auth on
# 127.0.0.1); this only makes sure it runs and has the database we need.
# Usage: infra/postgres.sh up|down|status
set -euo pipefail

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
IMP_PG_DATABASE=${IMP_PG_DATABASE:-imp}
PG_START_TIMEOUT=${PG_START_TIMEOUT:-30}

say() { echo "[postgres] $*"; }
die() { echo "[postgres] ERROR: $*" >&2; exit 1; }
ready() { pg_isready -q -h "$PGHOST" -p "$PGPORT"; }

start_local_cluster() {
  command -v pg_ctlcluster >/dev/null ||
    die "$PGHOST:$PGPORT does not answer and there is no local Debian cluster to start"
  local version
  version=$(find /etc/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' | sort -V | tail -n 1)
  say "not answering on $PGHOST:$PGPORT, starting cluster $version/main"
  # --skip-systemctl-redirect: there is no systemd in containers/CI.
  pg_ctlcluster --skip-systemctl-redirect "$version" main start
  local deadline=$((SECONDS + PG_START_TIMEOUT))
  until ready; do
    ((SECONDS < deadline)) || die "not ready after ${PG_START_TIMEOUT}s"
    sleep 0.3
  done
}

up() {
  command -v pg_isready >/dev/null || die "PostgreSQL client tools not found (apt-get install postgresql)"
  ready || start_local_cluster
  if [[ $(psql -d postgres -tA -v db="$IMP_PG_DATABASE" <<<"SELECT 1 FROM pg_database WHERE datname = :'db'") != 1 ]]; then
    createdb -O postgres "$IMP_PG_DATABASE"
    say "created database $IMP_PG_DATABASE"
  fi
  say "ready on $PGHOST:$PGPORT, database $IMP_PG_DATABASE"
}

down() { say "left running (machine service, shared with other users)"; }

status() {
  if ready; then say "running on $PGHOST:$PGPORT"; else say "not answering on $PGHOST:$PGPORT"; return 1; fi
}

case "${1:-}" in
  up | down | status) "$1" ;;
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
