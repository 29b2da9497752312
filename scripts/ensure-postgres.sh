#!/usr/bin/env bash
# The PostgreSQL tests start a throwaway PostgreSQL 15 cluster of their own (tests/support/postgres-cluster.ts)
# from Debian's binaries. Runs before `npm test`: installs the package when it is missing and we may (root),
# else says how. The cluster Debian creates and starts on install (port 5432) is never used: the tests' own
# listens on a free port with its socket in a temporary folder, so whether Debian's runs does not matter.
set -euo pipefail
bin="${POSTGRES_BIN:-/usr/lib/postgresql/15/bin}"
[ -x "$bin/initdb" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's postgresql-15 for the PostgreSQL tests (first run only)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null
  exit 0
fi
echo "The PostgreSQL tests need PostgreSQL 15 in $bin: run 'sudo apt-get install postgresql-15' or set POSTGRES_BIN." >&2
exit 1
