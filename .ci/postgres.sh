#!/usr/bin/env bash
# PostgreSQL for .ci/test and .ci/bench (sourced, not run): the Debian cluster $PG_CLUSTER on 127.0.0.1:$PG_PORT,
# role $DB_USER/$DB_PASSWORD. The caller defines log, die, PG_CLUSTER, PG_PORT, DB_USER, DB_PASSWORD and the globals
# PG_VERSION and PG_STARTED_BY_US (set here) and pg_was_running (set by pg_note_running before any apt-get install).
# shellcheck shell=bash

# Whether the server and Debian's cluster tools are installed.
pg_installed() {
  compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null && command -v pg_ctlcluster >/dev/null
}

# Remembers whether the cluster ran before this script (an apt-get install may start it: then it is ours to stop).
pg_note_running() {
  pg_lsclusters -h 2>/dev/null | awk -v c="$PG_CLUSTER" '$2==c && $4=="online" {f=1} END {exit !f}' && pg_was_running=1
  return 0
}

# Creates the cluster if needed and starts it; sets PG_VERSION, PG_STARTED_BY_US and pg_note.
pg_start() {
  # The newest installed server (Debian 12: 15).
  PG_VERSION="$(for b in /usr/lib/postgresql/*/bin/postgres; do [ -x "$b" ] && basename "$(dirname "$(dirname "$b")")"; done | sort -V | tail -n 1)"
  [ -n "$PG_VERSION" ] || die "no PostgreSQL server under /usr/lib/postgresql"
  if ! pg_lsclusters -h 2>/dev/null | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1==v && $2==c {f=1} END {exit !f}'; then
    log "creating PostgreSQL cluster $PG_VERSION/$PG_CLUSTER"
    pg_createcluster "$PG_VERSION" "$PG_CLUSTER" >/dev/null || die "pg_createcluster $PG_VERSION $PG_CLUSTER failed"
  fi
  local cluster_port
  cluster_port="$(pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1==v && $2==c {print $3}')"
  [ "$cluster_port" = "$PG_PORT" ] || die "PostgreSQL cluster $PG_VERSION/$PG_CLUSTER is on port $cluster_port, not $PG_PORT"
  if pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" status >/dev/null 2>&1; then
    pg_note="already running"
    # started by this run's apt-get install (its postinst may start the server): ours to stop
    [ -n "$pg_was_running" ] || { PG_STARTED_BY_US=1; pg_note="running since its installation"; }
  else
    pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start \
      || { tail -n 20 "/var/log/postgresql/postgresql-$PG_VERSION-$PG_CLUSTER.log" >&2 || true
           die "could not start PostgreSQL $PG_VERSION/$PG_CLUSTER"; }
    PG_STARTED_BY_US=1
    pg_note="started"
  fi
  pg_wait_ready
}

pg_wait_ready() {
  for _ in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 -p "$PG_PORT" && break
    sleep 1
  done
  pg_isready -q -h 127.0.0.1 -p "$PG_PORT" || die "PostgreSQL does not accept connections on 127.0.0.1:$PG_PORT"
}

pg_admin() { (cd / && runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$PG_PORT" "$@"); }

# The role $DB_USER and the database $1 owned by it (created if missing).
pg_ensure_database() {
  local db="$1"
  pg_admin -d postgres >/dev/null <<SQL || die "could not create role $DB_USER / database $db"
DO \$\$BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER') THEN
    CREATE ROLE $DB_USER LOGIN PASSWORD '$DB_PASSWORD';
  ELSE
    ALTER ROLE $DB_USER WITH LOGIN PASSWORD '$DB_PASSWORD';
  END IF;
END\$\$;
SELECT 'CREATE DATABASE $db OWNER $DB_USER ENCODING ''UTF8'' TEMPLATE template0'
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$db')\gexec
ALTER DATABASE $db OWNER TO $DB_USER;
SQL
}

# Empties database $1: everything $DB_USER owns in it and the public schema go.
pg_empty_database() {
  local db="$1"
  pg_admin -d "$db" >/dev/null <<SQL || die "could not empty database $db"
SET client_min_messages = warning;
DROP OWNED BY $DB_USER CASCADE;
DROP SCHEMA IF EXISTS public CASCADE;
CREATE SCHEMA public AUTHORIZATION $DB_USER;
SQL
}

# What the tests and the benchmark do: password authentication over TCP.
pg_check_login() {
  local db="$1" who
  who="$(PGPASSWORD="$DB_PASSWORD" psql -X -qtA -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER" -d "$db" \
          -c 'SELECT current_user' 2>&1)" \
    || die "password login as $DB_USER over 127.0.0.1:$PG_PORT failed (check pg_hba.conf): $who"
  [ "$who" = "$DB_USER" ] || die "unexpected answer from PostgreSQL: $who"
}
