#!/usr/bin/env bash
# Installs the Debian packages the project needs (idempotent): PostgreSQL (if absent) and its
# server headers for pgvector, ffmpeg/sox/espeak-ng for audio, nginx for the gateway, poppler-utils
# to look at reports, chromium (headless) for the web app's browser test. Run as root or with sudo.
set -euo pipefail
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
updated=""
install() {
  local need=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg"); done
  [ ${#need[@]} -eq 0 ] && return 0
  echo "installing: ${need[*]}"
  [ -n "$updated" ] || { $SUDO apt-get update -qq; updated=1; }
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
}
[ -d /etc/postgresql ] && [ -n "$(ls /etc/postgresql 2>/dev/null)" ] || install postgresql
PG_MAJOR=$(ls /etc/postgresql | sort -n | tail -1)
install ffmpeg sox espeak-ng nginx poppler-utils fonts-dejavu-core curl jq chromium "postgresql-server-dev-$PG_MAJOR" build-essential dpkg-dev
