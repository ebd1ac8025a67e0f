#!/usr/bin/env bash
# Builds pgvector from Debian's source package (trixie has 0.8.0; bookworm has none) against the
# running PostgreSQL major version. Idempotent: does nothing when the extension is already installed.
set -euo pipefail
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
PG_MAJOR=${PG_MAJOR:-$(ls /etc/postgresql | sort -n | tail -1)}
EXT_DIR=$(/usr/lib/postgresql/$PG_MAJOR/bin/pg_config --sharedir 2>/dev/null || echo /usr/share/postgresql/$PG_MAJOR)/extension
if [ -f "$EXT_DIR/vector.control" ]; then
  echo "pgvector already installed for PostgreSQL $PG_MAJOR"; exit 0
fi
dpkg -s "postgresql-server-dev-$PG_MAJOR" >/dev/null 2>&1 && dpkg -s build-essential >/dev/null 2>&1 || {
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "postgresql-server-dev-$PG_MAJOR" build-essential dpkg-dev >/dev/null
}
command -v dpkg-source >/dev/null || DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq dpkg-dev >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A private source list and state dir, so the machine's binary suites are left untouched.
mirror=$( { grep -hE '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}';
            grep -hE '^deb ' /etc/apt/sources.list 2>/dev/null | awk '{print $2}'; } | grep -E '/debian/?$' | head -1 || true)
mirror=${mirror:-http://deb.debian.org/debian}
mkdir -p "$work/lists/partial" "$work/etc"
echo "deb-src [trusted=yes] ${mirror%/} trixie main" > "$work/etc/sources.list"
APT_OPTS=(-o Dir::Etc::sourcelist="$work/etc/sources.list" -o Dir::Etc::sourceparts=- -o Dir::State::Lists="$work/lists" -o APT::Get::List-Cleanup=0)
apt-get "${APT_OPTS[@]}" update -qq
(cd "$work" && apt-get "${APT_OPTS[@]}" source --download-only pgvector >/dev/null)
tarball=$(ls "$work"/pgvector_*.orig.tar.* | head -1)
mkdir "$work/src" && tar -xf "$tarball" -C "$work/src" --strip-components=1
make -C "$work/src" -s PG_CONFIG=/usr/lib/postgresql/$PG_MAJOR/bin/pg_config OPTFLAGS="" >/dev/null
$SUDO make -C "$work/src" -s PG_CONFIG=/usr/lib/postgresql/$PG_MAJOR/bin/pg_config install >/dev/null
echo "pgvector installed for PostgreSQL $PG_MAJOR"
