#!/usr/bin/env bash
# Load test of the real server from a separate process on loopback (docs/PERFORMANCE.md).
# For each corpus size: generate the corpus (seeded, once), build its index, start
# `dalil serve`, time the start to the first answered request, then drive /api/search and
# /api/autocomplete with wrk at 16 and 64 connections over a mixed query list of all four
# languages, and read the server's resident memory. Every run is bounded in time; the server
# is stopped by its PID.
#
#   benches/load.sh [ARTICLES...]            default: 10000
#   benches/load.sh shared                   the relevance benchmark's corpus (1,020 passages)
#                                            and the shared load mix (../shared/bench/load):
#                                            wrk -t1 -c16 -d10s with mix.lua, every answer
#                                            computed (--no-answer-cache), RUNS=3 runs
#   DURATION=10 CONNECTIONS="16 64" DALIL=target/release/dalil SCRATCH=/tmp/dalil-load
#   DALIL_BENCH=target/release/dalil-bench   (default: beside $DALIL; generates the corpus and
#                                              the request lists)
#   ENDPOINTS="search autocomplete"
#   ANSWERS="fresh remembered"   fresh: the server computes every answer (--no-answer-cache),
#                                which is what the engine costs; remembered: the server's
#                                default, where the looped query list is answered from memory
#                                after its first pass (what repeated real traffic gets)
#   INSIGHTS="on off"            on: the server's default, recording every search into the
#                                insights store (index/insights.sqlite); off: --no-insights
#
# Needs wrk (`apt-get install wrk`) and curl.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000)
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-"16 64"}
ENDPOINTS=${ENDPOINTS:-"search autocomplete"}
ANSWERS=${ANSWERS:-"fresh remembered"}
INSIGHTS=${INSIGHTS:-"on"}
SCRATCH=${SCRATCH:-${TMPDIR:-/tmp}/dalil-load}
DALIL=${DALIL:-target/release/dalil}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
DALIL_BENCH=${DALIL_BENCH:-$(dirname "$DALIL")/dalil-bench}
[ -x "$DALIL" ] || { echo "$DALIL is missing: cargo build --release --workspace" >&2; exit 2; }
[ -x "$DALIL_BENCH" ] || { echo "$DALIL_BENCH is missing: cargo build --release --workspace" >&2; exit 2; }
mkdir -p "$SCRATCH"

server_pid=""
stop_server() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
  fi
}
trap stop_server EXIT

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# start_server CORPUS INDEX LOG [SERVE ARGS...]: starts `dalil serve` on a free port (sets
# server_pid and base) and waits, at most 60 s, for its first answered search.
start_server() {
  local corpus=$1 index=$2 log=$3
  shift 3
  local port
  port=$(free_port)
  base="http://127.0.0.1:$port"
  RUST_LOG=warn "$DALIL" serve --content "$corpus" --index "$index" --addr "127.0.0.1:$port" \
    "$@" >"$log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 6000); do
    if curl -fsS -o /dev/null "$base/api/search?q=fee&lang=en" 2>/dev/null; then return 0; fi
    kill -0 "$server_pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.01
  done
}

# The issue-15 measurement: the shared corpus and query mix, read from where they are.
if [ "${1:-}" = shared ]; then
  shared=${SHARED:-../shared/bench}
  for f in "$shared/relevance/eval.py" "$shared/load/querymix.py" "$shared/load/mix.lua"; do
    [ -f "$f" ] || { echo "$f is missing: the shared benchmarks (../shared/bench) are needed" >&2; exit 2; }
  done
  corpus="$SCRATCH/shared-kb"
  index="$SCRATCH/shared-index"
  rm -rf "$corpus"
  python3 "$shared/relevance/eval.py" export-markdown "$corpus" >&2
  python3 "$shared/load/querymix.py" 2000 > "$SCRATCH/shared-mix.jsonl"
  # The exported corpus repeats titles and has no translations: its warnings go to a log.
  "$DALIL" index --content "$corpus" --index "$index" >"$SCRATCH/index-shared.log" 2>&1 ||
    { cat "$SCRATCH/index-shared.log" >&2; exit 1; }
  start_server "$corpus" "$index" "$SCRATCH/serve-shared.log" --no-answer-cache
  printf '%-4s %9s %9s %9s %9s %7s\n' run req/s p50 p90 p99 errors
  for run in $(seq 1 "${RUNS:-3}"); do
    out=$(MIX="$SCRATCH/shared-mix.jsonl" wrk -t1 -c16 -d"${DURATION}s" --latency \
      -s "$shared/load/mix.lua" "$base")
    rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p90=$(awk '$1 == "90%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    errors=$(awk '/Non-2xx/ {n += $NF} /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10}
      END {print n + 0}' <<<"$out")
    printf '%-4s %9s %9s %9s %9s %7s\n' "$run" "$rps" "$p50" "$p90" "$p99" "$errors"
  done
  stop_server
  exit 0
fi

for endpoint in search autocomplete; do
  "$DALIL_BENCH" paths --endpoint "$endpoint" > "$SCRATCH/paths-$endpoint.txt"
done

printf '%-8s %-18s %-10s %-8s %5s %9s %9s %9s %7s\n' articles endpoint answers insights conns req/s p50_ms p99_ms errors
for n in "${sizes[@]}"; do
  corpus="$SCRATCH/corpus-$n"
  index="$SCRATCH/index-$n"
  if [ ! -f "$corpus/.complete" ]; then
    rm -rf "$corpus"
    "$DALIL_BENCH" corpus --articles "$n" --out "$corpus" >&2
    touch "$corpus/.complete"
  fi
  "$DALIL" index --content "$corpus" --index "$index" >/dev/null

  for answers in $ANSWERS; do
  for insights in $INSIGHTS; do
    extra=()
    [ "$answers" = remembered ] || extra=(--no-answer-cache)
    [ "$insights" = on ] || extra+=(--no-insights)
    start_ns=$(date +%s%N)
    start_server "$corpus" "$index" "$SCRATCH/serve-$n.log" "${extra[@]}"
    first_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
    rss_idle_kb=$(awk '/VmRSS/ {print $2}' "/proc/$server_pid/status")

    for endpoint in $ENDPOINTS; do
      for c in $CONNECTIONS; do
        result=$(DALIL_PATHS="$SCRATCH/paths-$endpoint.txt" \
          wrk -t2 -c"$c" -d"${DURATION}s" --timeout 5s -s benches/load.lua "$base" | grep '^RESULT')
        rps=$(sed -E 's/.*rps=([0-9.]+).*/\1/' <<<"$result")
        p50=$(sed -E 's/.*p50_ms=([0-9.]+).*/\1/' <<<"$result")
        p99=$(sed -E 's/.*p99_ms=([0-9.]+).*/\1/' <<<"$result")
        errors=$(sed -E 's/.*errors=([0-9]+).*/\1/' <<<"$result")
        printf '%-8s %-18s %-10s %-8s %5s %9s %9s %9s %7s\n' "$n" "/api/$endpoint" "$answers" "$insights" "$c" "$rps" "$p50" "$p99" "$errors"
      done
    done
    rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$server_pid/status")
    anon_kb=$(awk '/RssAnon/ {print $2}' "/proc/$server_pid/status")
    file_kb=$(awk '/RssFile/ {print $2}' "/proc/$server_pid/status")
    hwm_kb=$(awk '/VmHWM/ {print $2}' "/proc/$server_pid/status")
    echo "serve $n articles ($answers answers, insights $insights): first answer after ${first_ms} ms; resident ${rss_idle_kb} KB idle;" \
      "after load ${rss_kb} KB = ${anon_kb} KB heap + ${file_kb} KB mapped index pages (peak ${hwm_kb} KB)"
    stop_server
  done
  done
done
