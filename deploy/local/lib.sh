# Shared by deploy/local/up, down and demo: paths, the service table, process bookkeeping.
# Sourced, not run.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOCAL="$ROOT/deploy/local"
RUN="${INTERVU_RUN_DIR:-$ROOT/.run}"
LOGS="$RUN/logs"
PIDS="$RUN/pids"

GATEWAY_PORT="${INTERVU_GATEWAY_PORT:-8080}"
KAFKA_PORT="${INTERVU_KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${INTERVU_KAFKA_CONTROLLER_PORT:-9093}"
SMTP_PORT="${INTERVU_SMTP_PORT:-3025}"
MAIL_API_PORT="${INTERVU_MAIL_API_PORT:-8025}"
# the address the six services listen on (up exports it as QUARKUS_HTTP_HOST unless that is set): loopback
# only, the gateway is the way in
SERVICE_HOST=127.0.0.1

# name port default-heap. The heaps are sized for the offline defaults: the embedding model lives
# in rag-service (and evaluation-service's rubric), CoreNLP's tagger in interview-service.
SERVICES=(
  "auth-service 8081 192m"
  "rag-service 8085 640m"
  "transcription-service 8083 256m"
  "interview-service 8082 512m"
  "evaluation-service 8084 640m"
  "report-service 8086 384m"
)

say() { printf '\033[1m[intervu]\033[0m %s\n' "$*"; }
fail() { printf '\033[31m[intervu] %s\033[0m\n' "$*" >&2; exit 1; }

pid_of() { [ -f "$PIDS/$1.pid" ] && cat "$PIDS/$1.pid" || true; }

is_running() {
  local pid; pid=$(pid_of "$1")
  # alive, and still one of ours (a pid file left from a reboot may name someone else's process)
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && grep -qaE 'java|nginx' "/proc/$pid/cmdline" 2>/dev/null
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# start_bg NAME WORKDIR CMD... : detached from this terminal (setsid), output to .run/logs/NAME.log
start_bg() {
  local name=$1 dir=$2; shift 2
  mkdir -p "$LOGS" "$PIDS" "$dir"
  (cd "$dir" && exec setsid "$@" >>"$LOGS/$name.log" 2>&1 </dev/null) &
  echo $! >"$PIDS/$name.pid"
}

log_tail() {
  echo "----- last lines of $LOGS/$1.log -----" >&2
  tail -n "${2:-40}" "$LOGS/$1.log" >&2 2>/dev/null || echo "(no log)" >&2
  echo "-----" >&2
}

# wait_port NAME PORT SECONDS: fails with the log tail if the process dies or the port stays closed
wait_port() {
  local name=$1 port=$2 deadline=$((SECONDS + $3))
  until port_open "$port"; do
    is_running "$name" || { log_tail "$name"; fail "$name exited before opening port $port (log: $LOGS/$name.log)"; }
    [ $SECONDS -lt $deadline ] || { log_tail "$name"; fail "$name did not open port $port within $3 s (log: $LOGS/$name.log)"; }
    sleep 1
  done
}
