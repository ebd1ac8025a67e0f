#!/usr/bin/env bash
# Login throughput and token verification p50/p99 against a real auth-service (packaged jar,
# production profile, local PostgreSQL). Not a test. Build first:
#   cd /work/main && ./mvnw -B -q -pl auth-service -am install -DskipTests
# then: auth-service/bench/run-benchmark.sh [logins] [concurrency] [verifications]
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${BENCH_PORT:-18981}
DB_URL=${BENCH_DB_URL:-jdbc:postgresql://127.0.0.1:5432/intervu_test}
DB_USER=${BENCH_DB_USER:-intervu_test}
DB_PASS=${BENCH_DB_PASSWORD:-intervu_test}
ISSUER=https://intervu.bench/auth
if curl -s -o /dev/null "http://localhost:$PORT/"; then echo "port $PORT is in use; set BENCH_PORT"; exit 1; fi
WORK=$(mktemp -d)
trap 'if [ -n "${APP_PID:-}" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi; rm -rf "$WORK"' EXIT

openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/private.pem" 2>/dev/null
openssl pkey -in "$WORK/private.pem" -pubout -out "$WORK/public.pem"

QUARKUS_HTTP_PORT=$PORT DB_URL=$DB_URL DB_USERNAME=$DB_USER DB_PASSWORD=$DB_PASS \
  KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:1 MAIL_MOCK=true JWT_ISSUER=$ISSUER \
  JWT_PRIVATE_KEY_LOCATION="$WORK/private.pem" JWT_PUBLIC_KEY_LOCATION="$WORK/public.pem" \
  QUARKUS_LOG_LEVEL=WARN \
  java -Xmx512m -jar target/quarkus-app/quarkus-run.jar > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 60); do
  curl -fs "http://localhost:$PORT/.well-known/jwks.json" > /dev/null && break
  sleep 1
done
curl -fs "http://localhost:$PORT/.well-known/jwks.json" > /dev/null || { echo "auth-service did not start:"; tail -50 "$WORK/app.log"; exit 1; }

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load: $(cut -d" " -f1-3 /proc/loadavg)"
java -cp "target/test-classes:target/quarkus-app/lib/boot/*:target/quarkus-app/lib/main/*" io.intervu.auth.bench.AuthBenchmark \
  "http://localhost:$PORT" "$DB_URL" "$DB_USER" "$DB_PASS" "$ISSUER" "${1:-80}" "${2:-4}" "${3:-20000}"
