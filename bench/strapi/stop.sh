#!/usr/bin/env bash
# Stops the Strapi that start.sh started, by the pid in strapi.pid (SIGTERM, then SIGKILL after 10 s).
cd "$(dirname "$0")"
[ -f strapi.pid ] || { echo "no strapi.pid"; exit 0; }
pid=$(cat strapi.pid)
if kill -0 "$pid" 2>/dev/null; then
  kill "$pid"
  for _ in $(seq 1 40); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.25
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "SIGKILL $pid"
    kill -9 "$pid"
  fi
  echo "stopped $pid"
else
  echo "pid $pid not running"
fi
rm -f strapi.pid
