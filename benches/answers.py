#!/usr/bin/env python3
"""The /api/search answers of a dalil binary, for checking that a change leaves results
unchanged (docs/PERFORMANCE.md): on the shared relevance corpus every query of the shared load
mix (all 4,760 prefixes), a third of the questions with their language and a seventh without,
second pages; on the bundled content the retrieval query sets four ways (with and without
`lang`, a letter missing, a trailing space). One JSON line per answer, `took_ms` masked, so two
runs compare with `cmp`. The server runs with --no-answer-cache --no-insights.

    benches/answers.py DALIL OUT.jsonl        (from anywhere; needs ../shared/bench)
    KB=DIR KB_INDEX=INDEX benches/answers.py ...
        the shared corpus as exported into DIR, served from a copy of INDEX (built from DIR)
        instead of a new build: two binaries compared on the same index
"""
import http.client, json, os, shutil, socket, subprocess, sys, tempfile, time, urllib.parse

dalil, out = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
shared = os.environ.get("SHARED", os.path.join(repo, "..", "shared", "bench"))
work = tempfile.mkdtemp(prefix="dalil-answers-")
kb = os.environ.get("KB") or os.path.join(work, "kb")
if not os.environ.get("KB"):
    subprocess.run(["python3", f"{shared}/relevance/eval.py", "export-markdown", kb], check=True,
                   stdout=subprocess.DEVNULL)


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def serve(content, index, reuse=None):
    if reuse:
        shutil.copytree(reuse, index)
    else:
        subprocess.run([dalil, "index", "--content", content, "--index", index], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    port = free_port()
    server = subprocess.Popen([dalil, "serve", "--content", content, "--index", index, "--addr",
                               f"127.0.0.1:{port}", "--no-answer-cache", "--no-insights"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(600):
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            c.request("GET", "/healthz")
            c.getresponse().read()
            break
        except OSError:
            time.sleep(0.05)
    return server, port


def run(port, requests, f, tag):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    for params in requests:
        c.request("GET", "/api/search?" + urllib.parse.urlencode(params))
        r = c.getresponse()
        body = r.read()
        try:
            answer = json.loads(body)
            answer.pop("took_ms", None)
        except ValueError:
            answer = body.decode("utf-8", "replace")
        f.write(json.dumps({"tag": tag, "req": params, "status": r.status, "resp": answer},
                           ensure_ascii=False, sort_keys=True) + "\n")


mix = subprocess.run(["python3", f"{shared}/load/querymix.py", "100000"], check=True,
                     capture_output=True, text=True).stdout
mix = [json.loads(line) for line in mix.splitlines()]
questions = [json.loads(line) for line in open(f"{shared}/relevance/queries.jsonl", encoding="utf-8")]
try:
    with open(out, "w", encoding="utf-8") as f:
        server, port = serve(kb, os.path.join(work, "kb-index"), os.environ.get("KB_INDEX"))
        try:
            run(port, [{"limit": 10, "lang": q["lang"], "q": q["q"]} for q in mix], f, "mix")
            run(port, [{"limit": 10, "lang": q["lang"], "q": q["text"]} for q in questions[::3]],
                f, "questions")
            run(port, [{"limit": 10, "q": q["text"]} for q in questions[1::7]], f, "detected")
            run(port, [{"limit": 5, "offset": 5, "lang": q["lang"], "q": q["q"]} for q in mix[::11]],
                f, "page2")
        finally:
            server.kill()
            server.wait()
        server, port = serve(os.path.join(repo, "content"), os.path.join(work, "content-index"))
        try:
            requests = []
            for lang in ["en", "ar", "fa", "zh"]:
                for line in open(os.path.join(repo, "tests", "queries", f"{lang}.jsonl"), encoding="utf-8"):
                    if line.strip():
                        q = json.loads(line)["q"]
                        requests += [{"limit": 10, "lang": lang, "q": q}, {"limit": 10, "q": q},
                                     {"limit": 10, "lang": lang, "q": q[:-1]},
                                     {"limit": 10, "lang": lang, "q": q + " "}]
            run(port, requests, f, "bundled")
        finally:
            server.kill()
            server.wait()
finally:
    shutil.rmtree(work, ignore_errors=True)
