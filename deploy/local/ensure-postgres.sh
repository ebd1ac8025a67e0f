#!/usr/bin/env bash
# Makes sure the local PostgreSQL is running and has the test database (role intervu_test, database
# intervu_test, extension vector). Uses the postgres superuser through the local socket (peer auth).
set -euo pipefail
PG_MAJOR=${PG_MAJOR:-$(ls /etc/postgresql | sort -n | tail -1)}
as_postgres() { if [ "$(id -un)" = postgres ]; then "$@"; elif [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }

if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  echo "starting PostgreSQL $PG_MAJOR"
  if [ "$(id -u)" -eq 0 ]; then pg_ctlcluster --skip-systemctl-redirect "$PG_MAJOR" main start
  else sudo pg_ctlcluster --skip-systemctl-redirect "$PG_MAJOR" main start; fi
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi
pg_isready -q -h 127.0.0.1 -p 5432 || { echo "PostgreSQL did not come up on 127.0.0.1:5432" >&2; exit 1; }

psql_su() { as_postgres psql -v ON_ERROR_STOP=1 -qtA "$@"; }
role=${1:-intervu_test}; password=${2:-intervu_test}; db=${3:-$role}
if [ "$(psql_su -c "select 1 from pg_roles where rolname='$role'")" != 1 ]; then
  psql_su -c "create role $role login password '$password'"
fi
if [ "$(psql_su -c "select 1 from pg_database where datname='$db'")" != 1 ]; then
  psql_su -c "create database $db owner $role"
fi
psql_su -d "$db" -c "create extension if not exists vector schema public"
