#!/usr/bin/env bash
# Generates the Compose secrets once into deploy/compose/secrets/ (git-ignored): the database
# superuser's password, one role password per service, the JWT RS256 key pair and interview-service's
# client secret at auth-service.
# Nothing secret is committed.
set -euo pipefail
dir="$(cd "$(dirname "$0")" && pwd)/secrets"
mkdir -p "$dir"; chmod 700 "$dir"
[ -f "$dir/jwt-private.pem" ] || openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$dir/jwt-private.pem" 2>/dev/null
[ -f "$dir/jwt-public.pem" ] || openssl pkey -in "$dir/jwt-private.pem" -pubout -out "$dir/jwt-public.pem"
if [ ! -f "$dir/db.env" ]; then
  pw=$(openssl rand -hex 24)
  printf 'POSTGRES_PASSWORD=%s\nDB_PASSWORD=%s\n' "$pw" "$pw" >"$dir/db.env"
fi
# one database role per service (initdb/02-service-roles.sh creates them): its login for the service, all of
# the passwords for the database container
for schema in auth interview transcription evaluation rag report; do
  if [ ! -f "$dir/db-$schema.env" ]; then
    printf 'DB_USERNAME=intervu_%s\nDB_PASSWORD=%s\n' "$schema" "$(openssl rand -hex 24)" >"$dir/db-$schema.env"
  fi
done
for schema in auth interview transcription evaluation rag report; do
  printf 'DB_PASSWORD_%s=%s\n' "$(echo "$schema" | tr 'a-z' 'A-Z')" "$(sed -n 's/^DB_PASSWORD=//p' "$dir/db-$schema.env")"
done >"$dir/db-roles.env"
if [ ! -f "$dir/service-clients.env" ]; then
  printf 'INTERVIEW_SERVICE_CLIENT_SECRET=%s\n' "$(openssl rand -hex 32)" >"$dir/service-clients.env"
fi
chmod 644 "$dir"/jwt-*.pem   # read by the services' non-root user inside the containers
chmod 600 "$dir"/db*.env "$dir/service-clients.env"
echo "secrets in $dir"
