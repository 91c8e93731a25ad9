#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 cluster on a free loopback port, for tests.
# Source it, then call pg_start; it exports SERVICENAV_TEST_POSTGRES and stops the cluster on exit.
# initdb refuses to run as root, so the cluster directory belongs to the postgres user.

pg_bin() {
  local dir
  for dir in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  command -v initdb >/dev/null && { dirname "$(command -v initdb)"; return 0; }
  return 1
}

free_port() {
  python3 - <<'PY' 2>/dev/null || echo $((20000 + RANDOM % 20000))
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
}

as_postgres() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_stop() {
  if [ -n "${PG_TEST_DIR:-}" ] && [ -d "$PG_TEST_DIR" ]; then
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$PG_TEST_DIR"
  fi
}

pg_start() {
  PG_BIN=$(pg_bin) || { echo "PostgreSQL server binaries (initdb) not found; install postgresql-15." >&2; return 1; }
  PG_TEST_DIR=$(mktemp -d /tmp/servicenav-pg.XXXXXX)
  chmod 755 "$PG_TEST_DIR"
  [ "$(id -u)" = "0" ] && chown postgres "$PG_TEST_DIR"
  PG_TEST_PORT=$(free_port)
  as_postgres "$PG_BIN/initdb" -D "$PG_TEST_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null \
    || as_postgres "$PG_BIN/initdb" -D "$PG_TEST_DIR/data" -U postgres -A trust -E UTF8 >/dev/null
  # Tests trade durability for speed; benchmarks (PG_DURABLE=1) keep PostgreSQL's defaults, as the issue's floors were measured.
  local durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  [ "${PG_DURABLE:-0}" = "1" ] && durability=""
  as_postgres "$PG_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" -w \
    -o "-p $PG_TEST_PORT -k $PG_TEST_DIR -c listen_addresses=127.0.0.1 $durability -c max_connections=200" start >/dev/null
  export SERVICENAV_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_TEST_PORT;Username=postgres;Include Error Detail=true"
  trap pg_stop EXIT
  echo "PostgreSQL test cluster on 127.0.0.1:$PG_TEST_PORT${durability:+ (fsync off)}"
}
