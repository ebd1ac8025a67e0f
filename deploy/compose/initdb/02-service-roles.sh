#!/usr/bin/env bash
# Runs once, as the superuser, when the database volume is created (after 01-vector.sql): one role per
# service, owning only its schema, no superuser (the same SQL as the local stack, deploy/local/db-roles.sql).
# The passwords come from secrets/db-roles.env (make-secrets.sh). For a volume created before this script:
#   docker compose -f deploy/compose/docker-compose.yml exec postgres bash /docker-entrypoint-initdb.d/02-service-roles.sh
set -euo pipefail
for schema in auth interview transcription evaluation rag report; do
  var="DB_PASSWORD_$(echo "$schema" | tr 'a-z' 'A-Z')"
  [ -n "${!var:-}" ] || { echo "$var is not set (deploy/compose/make-secrets.sh writes secrets/db-roles.env)" >&2; exit 1; }
  psql -X -qtA -v ON_ERROR_STOP=1 --username "${POSTGRES_USER:-intervu}" --dbname "${POSTGRES_DB:-intervu}" \
    -v role="intervu_$schema" -v schema="$schema" -v pw="${!var}" -v admin="${POSTGRES_USER:-intervu}" \
    -v db="${POSTGRES_DB:-intervu}" -f /intervu/db-roles.sql >/dev/null
done
