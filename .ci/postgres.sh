#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on localhost for the store tests and print the URL.
#
#   export MARSAD_TEST_POSTGRES_URL="$(.ci/postgres.sh)"
#
# Installs Debian's postgresql with apt-get when it is missing, creates a cluster owned by
# the `postgres` user under $MARSAD_PG_DIR (default /tmp/marsad-pg), starts it on
# $MARSAD_PG_PORT (default 55432) with trust authentication for local connections only,
# creates the database marsad_test, and prints its URL as the only line on stdout
# (everything else goes to stderr). Running it again reuses the running server.
set -euo pipefail

PGDIR="${MARSAD_PG_DIR:-/tmp/marsad-pg}"
PORT="${MARSAD_PG_PORT:-55432}"
DB="${MARSAD_PG_DB:-marsad_test}"
log() { echo "postgres.sh: $*" >&2; }

bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

if [ -z "$(bindir)" ]; then
  log "installing postgresql with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi
BIN="$(bindir)"
[ -n "$BIN" ] || { log "no PostgreSQL binaries found after installing"; exit 1; }

# the server refuses to run as root: run it as the `postgres` user when we are root
if [ "$(id -u)" = "0" ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql postgres
  as_pg() { runuser -u postgres -- "$@"; }
else
  as_pg() { "$@"; }
fi

mkdir -p "$PGDIR"
[ "$(id -u)" = "0" ] && chown postgres "$PGDIR"
if [ ! -f "$PGDIR/data/PG_VERSION" ]; then
  log "creating a cluster in $PGDIR/data"
  as_pg "$BIN/initdb" -D "$PGDIR/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >&2 \
    || as_pg "$BIN/initdb" -D "$PGDIR/data" -U postgres --auth=trust --encoding=UTF8 --locale=C >&2
fi
if ! as_pg "$BIN/pg_ctl" -D "$PGDIR/data" status >/dev/null 2>&1; then
  log "starting the server on localhost:$PORT"
  as_pg "$BIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w -t 60 \
    -o "-p $PORT -k $PGDIR -c listen_addresses=localhost -c fsync=off" start >&2
fi
if ! as_pg "$BIN/psql" -h localhost -p "$PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$DB'" \
    postgres | grep -q 1; then
  as_pg "$BIN/createdb" -h localhost -p "$PORT" -U postgres "$DB" >&2
fi
URL="postgresql://postgres@localhost:$PORT/$DB"
export MARSAD_TEST_POSTGRES_URL="$URL"
log "ready: $URL"
echo "$URL"
