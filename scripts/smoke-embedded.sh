#!/usr/bin/env bash
# Starts the app the way a newcomer does (no DATABASE_URL: embedded PostgreSQL), checks that the
# home page and health answer, stops it with SIGTERM and checks it stopped cleanly.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${SMOKE_PORT:-3300}
pg_port=${SMOKE_PG_PORT:-54339}
data_dir=.data/postgres
log=$(mktemp)

env -u DATABASE_URL PORT="$port" EMBEDDED_PG_PORT="$pg_port" node scripts/start.mjs >"$log" 2>&1 &
pid=$!
cleanup() { kill -TERM "$pid" 2>/dev/null || true; }
trap cleanup EXIT

ok=""
for _ in $(seq 1 300); do
  if curl -fsS "http://127.0.0.1:$port/api/health" >/dev/null 2>&1; then ok=1; break; fi
  if ! kill -0 "$pid" 2>/dev/null; then break; fi
  sleep 1
done
if [ -z "$ok" ]; then
  echo "smoke: the app did not come up; its output:"; cat "$log"; exit 1
fi
curl -fsS "http://127.0.0.1:$port/" | grep -q "Five steps to choosing a doctor" || { echo "smoke: home page content missing"; exit 1; }
curl -fsS "http://127.0.0.1:$port/api/health" | grep -q '"status":"up"' || { echo "smoke: database not up"; exit 1; }
[ -f "$data_dir/PG_VERSION" ] || { echo "smoke: no embedded data directory in $data_dir"; exit 1; }

kill -TERM "$pid"
for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
if kill -0 "$pid" 2>/dev/null; then echo "smoke: npm start did not stop on SIGTERM"; cat "$log"; exit 1; fi
wait "$pid" && code=0 || code=$?
trap - EXIT
sleep 1
if (echo > "/dev/tcp/127.0.0.1/$pg_port") 2>/dev/null; then echo "smoke: embedded PostgreSQL still running after stop"; exit 1; fi
if (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "smoke: the web server still answers after stop"; exit 1; fi
[ "$code" = 0 ] || { echo "smoke: exit code $code"; cat "$log"; exit 1; }
echo "smoke: embedded path OK (served, healthy, stopped cleanly)"
