#!/usr/bin/env bash
# Measures how long `./newsstream up` takes to be ready: on fresh data, after kill -9, and after a clean stop
# (docs/reliability.md). Uses ports 19092/18081 and a temporary data directory.
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(mktemp -d)
log=$(mktemp)
trap 'pkill -f "Newsstream up" || true; rm -rf "$data" "$log"' EXIT
ready() {
  local start end
  start=$(date +%s.%N)
  NEWSSTREAM_DATA_DIR="$data" NEWSSTREAM_KAFKA_PORT=19092 NEWSSTREAM_REGISTRY_PORT=18081 ./newsstream up > "$log" 2>&1 &
  for _ in $(seq 1 1200); do grep -q "^ready" "$log" && break; sleep 0.05; done
  end=$(date +%s.%N)
  printf '%s: ready after %.1f s\n' "$1" "$(echo "$end - $start" | bc)"
}
ready "fresh data"
sleep 2; pkill -9 -f "Newsstream up"; sleep 1
ready "after kill -9"
sleep 2; pkill -9 -f "Newsstream up"; sleep 1
ready "after kill -9, again"
pkill -f "Newsstream up"; sleep 4
ready "after a clean stop"
