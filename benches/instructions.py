#!/usr/bin/env python3
"""Instructions per fresh search under callgrind, repeatable while other work shares the
machine (docs/PERFORMANCE.md): `dalil serve --no-answer-cache` (insights on) on the shared
relevance corpus under valgrind, 200 requests of the shared load mix uninstrumented, then N
(default 600) more over two keep-alive connections with instrumentation on. Prints the
instructions per search and the callgrind output file (read it with callgrind_annotate).

    benches/instructions.py DALIL...      (needs valgrind and ../shared/bench)
"""
import glob, http.client, json, os, shutil, socket, subprocess, sys, tempfile, threading, time
import urllib.parse

N = int(os.environ.get("N", "600"))
repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
shared = os.environ.get("SHARED", os.path.join(repo, "..", "shared", "bench"))
work = tempfile.mkdtemp(prefix="dalil-instructions-")
kb = os.path.join(work, "kb")
subprocess.run(["python3", f"{shared}/relevance/eval.py", "export-markdown", kb], check=True,
               stdout=subprocess.DEVNULL)
mix = subprocess.run(["python3", f"{shared}/load/querymix.py", "2000"], capture_output=True,
                     text=True, check=True).stdout.splitlines()
paths = ["/api/search?limit=10&lang=%s&q=%s" % (m["lang"], urllib.parse.quote(m["q"]))
         for m in map(json.loads, mix)]


def send(port, chunk):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    for p in chunk:
        c.request("GET", p)
        c.getresponse().read()


def measure(binary, n):
    index = os.path.join(work, f"index-{n}")
    out = os.path.join(work, f"callgrind-{n}.out")
    subprocess.run([binary, "index", "--content", kb, "--index", index], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    server = subprocess.Popen(
        ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}",
         binary, "serve", "--content", kb, "--index", index, "--addr", f"127.0.0.1:{port}",
         "--no-answer-cache"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=dict(os.environ, RUST_LOG="warn"))
    try:
        for _ in range(1200):
            try:
                send(port, paths[:1])
                break
            except (OSError, http.client.HTTPException):
                time.sleep(0.1)
        send(port, paths[:200])
        control = lambda *a: subprocess.run(["callgrind_control", *a, str(server.pid)], check=True,
                                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        control("-i", "on")
        work_paths = paths[200:200 + N]
        threads = [threading.Thread(target=send, args=(port, work_paths[i::2])) for i in range(2)]
        [t.start() for t in threads]
        [t.join() for t in threads]
        control("-i", "off")
        control("-d")
        time.sleep(1)
    finally:
        server.terminate()
        server.wait()
    total = 0
    for f in glob.glob(out + "*"):
        for line in open(f, errors="replace"):
            if line.startswith("totals:"):
                total += int(line.split()[1])
                break
    kept = os.path.join(tempfile.gettempdir(), f"dalil-callgrind-{os.getpid()}-{n}.out")
    biggest = max(glob.glob(out + "*"), key=os.path.getsize)
    shutil.copy(biggest, kept)
    return total / N, kept


try:
    for n, binary in enumerate(sys.argv[1:]):
        per_search, kept = measure(os.path.abspath(binary), n)
        print(f"{binary}: {per_search / 1e6:.3f} M instructions per search ({kept})", flush=True)
finally:
    shutil.rmtree(work, ignore_errors=True)
