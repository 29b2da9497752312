#!/usr/bin/env bash
# Starts the built Strapi in the background (production, 127.0.0.1:1337), writes its pid to strapi.pid and
# waits until GET /api/articles answers 200. The first start creates the schema, grants the public role
# find/findOne on articles and writes a full-access API token to .loader-token (src/index.js).
set -euo pipefail
cd "$(dirname "$0")"

if [ -f strapi.pid ] && kill -0 "$(cat strapi.pid)" 2>/dev/null; then
  echo "already running (pid $(cat strapi.pid))"
  exit 0
fi

# Fresh random secrets on this machine only: they are never committed.
if [ ! -f .env ]; then
  node -e '
    const { randomBytes } = require("node:crypto");
    const key = () => randomBytes(16).toString("base64");
    const lines = [
      "HOST=127.0.0.1",
      "PORT=1337",
      "APP_KEYS=" + [key(), key(), key(), key()].join(","),
      ...["API_TOKEN_SALT", "ADMIN_JWT_SECRET", "TRANSFER_TOKEN_SALT", "JWT_SECRET", "ENCRYPTION_KEY"].map((name) => name + "=" + key()),
      "STRAPI_TELEMETRY_DISABLED=true",
      "DATABASE_FILENAME=.tmp/data.db",
    ];
    require("node:fs").writeFileSync(".env", lines.join("\n") + "\n", { mode: 0o600 });
  '
  echo "wrote .env with fresh secrets"
fi
mkdir -p public/uploads .tmp

export NODE_ENV=production HOST=127.0.0.1 PORT=1337
export STRAPI_TELEMETRY_DISABLED=true
export BROWSER=none
nohup node node_modules/@strapi/strapi/bin/strapi.js start >> strapi.log 2>&1 < /dev/null &
echo $! > strapi.pid
echo "strapi pid $(cat strapi.pid), waiting for http://127.0.0.1:1337/api/articles ..."
code=000
for i in $(seq 1 240); do
  code=$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:1337/api/articles || true)
  if [ "$code" = "200" ]; then
    echo "ready after ~$((i / 2)) s"
    exit 0
  fi
  if ! kill -0 "$(cat strapi.pid)" 2>/dev/null; then
    echo "strapi exited; see strapi.log"
    tail -40 strapi.log
    rm -f strapi.pid
    exit 1
  fi
  sleep 0.5
done
echo "timeout waiting for strapi (last code $code)"
exit 1
