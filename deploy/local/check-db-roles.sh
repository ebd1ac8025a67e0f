#!/usr/bin/env bash
# Least-privilege check of the local database roles (issue 16, finding 5), against the real PostgreSQL:
# each service's role has a generated password, logs in over TCP, is no superuser, can create, write and read in
# its own schema (what its Flyway migrations need; done in a rolled-back transaction) and is refused every
# other service's schema. Run after ensure-db-roles.sh (deploy/local/test does both). Prints
# "N passed, M failed" and exits non-zero on any failure.
# Usage: check-db-roles.sh [database]
set -uo pipefail
source "$(dirname "$0")/lib.sh"
db=${1:-intervu}
ROLES_FILE="$RUN/db-roles.env"
passed=0; failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*" >&2; }
schemas=(); for entry in "${SERVICES[@]}"; do set -- $entry; schemas+=("${1%-service}"); done

as_role() { # as_role SCHEMA SQL: runs SQL as intervu_<SCHEMA> with its own password, prints output + errors
  local var="DB_PASSWORD_$(echo "$1" | tr 'a-z' 'A-Z')" pw
  pw=$(grep "^$var=" "$ROLES_FILE" 2>/dev/null | tail -1 | cut -d= -f2-)
  PGPASSWORD="$pw" PGCONNECT_TIMEOUT=5 psql -X -qtA -v ON_ERROR_STOP=1 -h 127.0.0.1 -p 5432 -U "intervu_$1" -d "$db" -c "$2" 2>&1
}

for own in "${schemas[@]}"; do
  var="DB_PASSWORD_$(echo "$own" | tr 'a-z' 'A-Z')"
  [ -n "$(grep "^$var=" "$ROLES_FILE" 2>/dev/null | cut -d= -f2-)" ] && ok || bad "no $var in $ROLES_FILE"
  attrs=$(as_role "$own" "select rolsuper::text || rolcreaterole::text || rolcreatedb::text || rolbypassrls::text
                         from pg_roles where rolname = current_user")
  [ "$attrs" = falsefalsefalsefalse ] && ok || bad "intervu_$own: expected a plain login role, got '$attrs'"
  out=$(as_role "$own" "begin; create table $own.k_least_privilege_probe (id int primary key);
                        insert into $own.k_least_privilege_probe values (1);
                        select count(*) from $own.k_least_privilege_probe; rollback;")
  [ "$out" = 1 ] && ok || bad "intervu_$own cannot create/write/read in its own schema: $out"
  for other in "${schemas[@]}"; do
    [ "$other" = "$own" ] && continue
    # the schema's USAGE is checked before the table is looked up, so this is refused whether or not the
    # other service has migrated yet; with a shared role it would answer "does not exist" or rows
    out=$(as_role "$own" "select count(*) from $other.outbox_event")
    case $out in *"permission denied for schema $other"*) ok ;; *) bad "intervu_$own reads schema $other: $out" ;; esac
    out=$(as_role "$own" "begin; create table $other.k_least_privilege_probe (id int); rollback;")
    case $out in *"permission denied for schema $other"*) ok ;; *) bad "intervu_$own creates in schema $other: $out" ;; esac
  done
done
# rows of a table that exists: auth's accounts, readable by auth only
table=$(as_role auth "select tablename from pg_tables where schemaname = 'auth' order by tablename limit 1")
if [ -n "$table" ]; then
  out=$(as_role auth "select count(*) >= 0 from auth.$table")
  [ "$out" = t ] && ok || bad "intervu_auth cannot read auth.$table: $out"
  out=$(as_role evaluation "select count(*) from auth.$table")
  case $out in *"permission denied"*) ok ;; *) bad "intervu_evaluation reads auth.$table: $out" ;; esac
fi
# whether this server checks the passwords at all (a pg_hba.conf "trust" line for 127.0.0.1 does not): said,
# not counted, since the privileges above hold either way
if PGPASSWORD=wrong-on-purpose PGCONNECT_TIMEOUT=5 psql -X -qtA -h 127.0.0.1 -U intervu_auth -d "$db" -c 'select 1' >/dev/null 2>&1; then
  echo "note: this PostgreSQL lets 127.0.0.1 in without a password (pg_hba trust); the roles' privileges are what is checked"
fi
echo "db roles: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
