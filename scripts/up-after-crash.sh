#!/usr/bin/env bash
# Measures how long `./newsstream up` takes to be ready: on fresh data, after kill -9, and after a clean stop
# (docs/reliability.md). Uses ports 19092/18081 and a temporary data directory.
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(mktemp -d)
log=$(mktemp)
# Waits for a stopped stack to be gone: its ports are free only then.
gone() { for _ in $(seq 1 200); do pgrep -f "Newsstream up" > /dev/null || return 0; sleep 0.1; done; }
trap 'pkill -f "Newsstream up" || true; gone; rm -rf "$data" "$log"' EXIT
ready() {
  local start end
  start=$(date +%s.%N)
  NEWSSTREAM_DATA_DIR="$data" NEWSSTREAM_KAFKA_PORT=19092 NEWSSTREAM_REGISTRY_PORT=18081 ./newsstream up > "$log" 2>&1 &
  for _ in $(seq 1 1200); do grep -q "^ready" "$log" && break; sleep 0.05; done
  end=$(date +%s.%N)
  printf '%s: ready after %.1f s\n' "$1" "$(echo "$end - $start" | bc)"
}
ready "fresh data"
sleep 2; pkill -9 -f "Newsstream up"; gone
ready "after kill -9"
sleep 2; pkill -9 -f "Newsstream up"; gone
ready "after kill -9, again"
pkill -f "Newsstream up"; gone
ready "after a clean stop"
