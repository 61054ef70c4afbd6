#!/usr/bin/env bash
# Relevance on the shared multilingual benchmark (../shared/bench/relevance, see its README):
# export its corpus as Markdown, index it, serve it on a free loopback port, run eval.py with
# and without --with-lang, stop the server. Usage: benches/relevance.sh [extra eval.py args]
set -euo pipefail
cd "$(dirname "$0")/.."
bench="${RELEVANCE_DIR:-../shared/bench/relevance}"
[ -f "$bench/eval.py" ] || { echo "no benchmark at $bench (set RELEVANCE_DIR)" >&2; exit 2; }
work=$(mktemp -d)
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

cargo build --release --quiet
bin="${CARGO_TARGET_DIR:-target}/release/dalil"
python3 "$bench/eval.py" export-markdown "$work/kb" >/dev/null
"$bin" index --content "$work/kb" --index "$work/index" >"$work/index.log"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$bin" serve --content "$work/kb" --index "$work/index" --addr "127.0.0.1:$port" >"$work/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
  python3 -c "import urllib.request,sys; urllib.request.urlopen(sys.argv[1], timeout=1)" \
    "http://127.0.0.1:$port/healthz" 2>/dev/null && break
  sleep 0.1
done
echo "commit $(git rev-parse --short HEAD)"
echo "== eval.py run --with-lang"
python3 "$bench/eval.py" run --base "http://127.0.0.1:$port" --with-lang "$@"
echo "== eval.py run (language detected)"
python3 "$bench/eval.py" run --base "http://127.0.0.1:$port" "$@"
