#!/usr/bin/env bash
# Generates the Compose secrets once into deploy/compose/secrets/ (git-ignored): the database
# password, the JWT RS256 key pair and interview-service's client secret at auth-service.
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
if [ ! -f "$dir/service-clients.env" ]; then
  printf 'INTERVIEW_SERVICE_CLIENT_SECRET=%s\n' "$(openssl rand -hex 32)" >"$dir/service-clients.env"
fi
chmod 644 "$dir"/jwt-*.pem   # read by the services' non-root user inside the containers
chmod 600 "$dir/db.env" "$dir/service-clients.env"
echo "secrets in $dir"
