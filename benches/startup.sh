#!/usr/bin/env bash
# Start-up of the real server on an existing corpus and index (docs/PERFORMANCE.md): starts
# `dalil serve` RUNS times, each time measuring the start to the first answered search and the
# resident memory once it answers, and prints each run and the medians. The index is not
# touched by this script: build it first (`dalil index`); a stale index is served at once and
# rebuilt in the background, which the numbers then include. The server is stopped by its PID.
#
#   benches/startup.sh CONTENT INDEX        RUNS=5 DALIL=target/release/dalil
#
# Needs curl and python3 (for a free port).
set -euo pipefail
cd "$(dirname "$0")/.."

[ $# -eq 2 ] || { echo "usage: benches/startup.sh CONTENT INDEX" >&2; exit 2; }
content=$1
index=$2
RUNS=${RUNS:-5}
DALIL=${DALIL:-target/release/dalil}
[ -x "$DALIL" ] || { echo "$DALIL is missing: cargo build --release" >&2; exit 2; }
log=$(mktemp)

server_pid=""
stop_server() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
  fi
  rm -f "$log"
}
trap stop_server EXIT

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

firsts=()
rsss=()
for run in $(seq 1 "$RUNS"); do
  port=$(free_port)
  url="http://127.0.0.1:$port/api/search?q=fee&lang=en"
  start_ns=$(date +%s%N)
  RUST_LOG=warn "$DALIL" serve --content "$content" --index "$index" --addr "127.0.0.1:$port" \
    >"$log" 2>&1 &
  server_pid=$!
  answered=""
  # Bounded wait for the first answered search (120 s, polled every 10 ms).
  for _ in $(seq 1 12000); do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then answered=1; break; fi
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.01
  done
  [ -n "$answered" ] || { cat "$log" >&2; exit 1; }
  first_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
  rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$server_pid/status")
  stop_server
  log=$(mktemp)
  echo "run $run: first answer after ${first_ms} ms; resident $((rss_kb / 1024)) MB"
  firsts+=("$first_ms")
  rsss+=("$((rss_kb / 1024))")
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }
echo "median of $RUNS: first answer after $(median "${firsts[@]}") ms; resident $(median "${rsss[@]}") MB"
