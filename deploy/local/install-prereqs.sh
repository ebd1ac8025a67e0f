#!/usr/bin/env bash
# Installs the Debian packages the project needs (idempotent). Run as root or with sudo available.
set -euo pipefail
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
need=()
for pkg in ffmpeg sox espeak-ng nginx poppler-utils postgresql-server-dev-$(ls /etc/postgresql 2>/dev/null | sort -n | tail -1) build-essential curl; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
