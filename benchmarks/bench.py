"""`make bench`: speed and memory figures, each also as a ratio to one bare query embedding.

The unit is the one the speed targets were stated in: a bare query embedding with the
packaged model, as sentence-transformers runs it (`reference.py`, in a child process).
Each figure is also given as a ratio to a bare embedding by the runtime that serves,
onnxruntime on the same model exported at index time, which is two to three times faster
and so leaves less room for everything else.

Distinct questions only (from the eval sets), so caching cannot make the figures.
"""

from __future__ import annotations

import http.client
import json
import os
import platform
import statistics
import subprocess
import sys
import threading
import time
from contextlib import closing
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def questions() -> list[str]:
    """Every distinct question of the eval sets: QA, unanswerable, and the labelled
    utterances that ask a question."""
    out = []
    for folder in (ROOT / "eval", ROOT.parent / "shared" / "eval"):
        for name in ("qa.jsonl", "qa_dev.jsonl", "unanswerable.jsonl", "unanswerable_dev.jsonl"):
            out += [row["question"] for row in _rows(folder / name)]
        for name in ("intents.jsonl", "intents_dev.jsonl"):
            out += [r["text"] for r in _rows(folder / name) if r["intent"] == "ask_question"]
    return list(dict.fromkeys(q.strip() for q in out))


def _rows(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def reference_unit(qs: list[str]) -> float:
    """p50 ms of one bare query embedding with the packaged model through sentence-transformers."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "reference.py")],
        input=json.dumps(qs),
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return statistics.median(json.loads(done.stdout.strip().splitlines()[-1])["ms"])


def time_bare(embed, text: str) -> float:  # type: ignore[no-untyped-def]
    """One bare query embedding by the serving runtime, in ms (the stricter second unit)."""
    s = time.perf_counter()
    embed.encode([text])
    return (time.perf_counter() - s) * 1000


def main() -> None:
    from bot.indexing.builder import build
    from bot.settings import Settings
    from bot.turns import DialogueState, TurnInput

    settings = Settings()
    build(settings, progress=False)  # bring the index up to date first; the no-op is timed below
    qs = questions()
    cpu = platform.processor() or platform.machine()
    print(f"machine: {cpu}, {os.cpu_count()} cores, python {platform.python_version()}")
    unit = reference_unit(qs)
    print(
        f"unit: bare query embedding with the packaged model (sentence-transformers, torch) "
        f"p50 {unit:.2f} ms ({1000 / unit:.0f} embeddings/s single stream)"
    )
    started = time.perf_counter()
    from bot.engine import Engine

    engine = Engine.load(settings)
    load_s = time.perf_counter() - started
    t = engine.knowledge.timings
    embed = engine.knowledge.embedder
    embed.encode(["warm up"])
    # Interleaved: a bare embedding, then a full answer to another question, and so on, so
    # both figures see the same machine state (on this shared VM the bare time alone drifts
    # by 20% between passes). Every question is embedded bare once and answered once.
    bare, lat, replies = [], [], []
    for i, q in enumerate(qs):
        bare.append(time_bare(embed, qs[(i + len(qs) // 2) % len(qs)]))
        s = time.perf_counter()
        replies.append(engine.turn(TurnInput(text=q, state=DialogueState())).reply)
        lat.append((time.perf_counter() - s) * 1000)
    base = statistics.median(bare)
    print(
        f"served runtime (onnxruntime, same model): bare query embedding p50 {base:.2f} ms "
        f"({1000 / base:.0f} embeddings/s single stream), interleaved with the answers"
    )
    p50, p95 = pct(lat, 50), pct(lat, 95)
    print(
        f"in-process answer: p50 {p50:.2f} ms ({p50 / unit:.2f}x unit; {p50 / base:.2f}x onnx), "
        f"p95 {p95:.2f} ms ({p95 / unit:.2f}x unit; {p95 / base:.2f}x onnx) "
        f"over {len(qs)} distinct questions"
    )
    dialogue_bench(engine, qs, replies)
    print(
        f"start-up: engine ready in {load_s:.2f} s "
        f"(imports {t.imports:.2f} s, model {t.model:.2f} s, index {t.index:.2f} s)"
    )
    s = time.perf_counter()
    report = build(settings, progress=False)
    print(f"no-op re-index: {time.perf_counter() - s:.2f} s (skipped={report.skipped})")
    http_bench(qs, unit, base)


def dialogue_bench(engine, qs: list[str], replies: list) -> None:  # type: ignore[no-untyped-def]
    """What the dialogue layer adds to each turn, apart from embedding and answering.

    Times exactly the per-turn work `Engine.turn` does around the answer, with the
    question vector already computed (as in a turn, where one vector serves all):
    session read, understanding (intent, slots, references), memory update, session write.
    One rolling session over the distinct questions, so history reaches its cap as in
    a long conversation; the replies are the ones the full turns above produced.
    """
    from bot.dialogue import memory
    from bot.dialogue.policy import Outcome
    from bot.turns import DialogueState, TurnInput

    texts = [q.strip() for q in qs]
    vectors = [engine.knowledge.embed(text) for text in texts]  # not timed: shared with answering
    store = engine.sessions
    session_id = f"bench-dialogue-{time.time_ns()}"
    understand_ms, memory_ms, total_ms = [], [], []
    try:
        for text, qvec, reply in zip(texts, vectors, replies, strict=True):
            turn = TurnInput(text=text, session_id=session_id)
            t0 = time.perf_counter()
            state = store.get(session_id) or DialogueState()
            t1 = time.perf_counter()
            understood = engine.understander.understand(text, qvec, turn, state)
            t2 = time.perf_counter()
            memory.remember(
                engine.knowledge, state, understood, Outcome(reply), text,
                engine.settings.history_turns,
            )  # fmt: skip
            store.put(session_id, state)
            t3 = time.perf_counter()
            understand_ms.append((t2 - t1) * 1000)
            memory_ms.append((t1 - t0 + t3 - t2) * 1000)
            total_ms.append((t3 - t0) * 1000)
    finally:
        store.delete(session_id)
    print(f"dialogue layer p50 {pct(total_ms, 50):.2f} ms (target <= 5 ms)")
    print(
        f"  per turn over {len(texts)} distinct questions: p95 {pct(total_ms, 95):.2f} ms; "
        f"intent+slots p50 {pct(understand_ms, 50):.2f} ms, "
        f"memory read+update+write p50 {pct(memory_ms, 50):.2f} ms "
        f"(store {engine.settings.session_url})"
    )


class Client:
    """A keep-alive HTTP/1.1 client from the standard library.

    The load comes from the same 2-core machine as the server, so the client must be
    light: measured here, httpx spends about 1.5 ms of its own per request (a GET /healthz
    round trip is 1.9 ms with httpx, 0.4 ms with http.client), which would be billed
    to the server.
    """

    def __init__(self, port: int) -> None:
        self._conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)

    def ask(self, question: str) -> dict:
        body = json.dumps({"question": question}).encode()
        self._conn.request("POST", "/v1/ask", body, {"Content-Type": "application/json"})
        response = self._conn.getresponse()
        payload = json.loads(response.read())
        if response.status != 200:
            raise SystemExit(f"POST /v1/ask failed: {response.status} {payload}")
        return payload

    def close(self) -> None:
        self._conn.close()


def http_bench(qs: list[str], unit: float, base: float) -> None:
    port = 8765
    # One client asking as fast as it can is what the rate limit stops, and nobody reads
    # the server's output here (a full pipe would block its access log): both off.
    env = {
        **os.environ,
        "BOT_PORT": str(port),
        "BOT_RATE_LIMIT_PER_SECOND": "0",
        "BOT_ACCESS_LOG": "false",
    }
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=ROOT,
    )
    url = f"http://127.0.0.1:{port}"
    # the server keeps recent question vectors: each pass gets questions it has not seen
    single, concurrent = qs[0::2], qs[1::2]
    try:
        while True:
            try:
                if httpx.get(url + "/readyz", timeout=1, trust_env=False).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.perf_counter() - started > 60:
                raise SystemExit("server did not become ready")
            time.sleep(0.05)
        print(f"server ready after {time.perf_counter() - started:.2f} s")
        lat = []
        with closing(Client(port)) as client:
            for q in single:
                s = time.perf_counter()
                client.ask(q)
                lat.append((time.perf_counter() - s) * 1000)
        p50 = pct(lat, 50)
        print(
            f"POST /v1/ask loopback, 1 client: p50 {p50:.2f} ms "
            f"({p50 / unit:.2f}x unit; {p50 / base:.2f}x onnx), "
            f"p95 {pct(lat, 95):.2f} ms over {len(single)} distinct questions"
        )
        done = 0
        lock = threading.Lock()

        def worker(items: list[str]) -> None:
            nonlocal done
            with closing(Client(port)) as client:
                for q in items:
                    client.ask(q)
                    with lock:
                        done += 1

        chunks = [concurrent[i::8] for i in range(8)]
        s = time.perf_counter()
        threads = [threading.Thread(target=worker, args=(c,)) for c in chunks]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        rps = done / (time.perf_counter() - s)
        print(
            f"8 concurrent clients, 1 worker: {rps:.1f} req/s "
            f"({rps / (1000 / unit):.2f}x the unit's single-stream embeddings/s; "
            f"{rps / (1000 / base):.2f}x onnx's) over {len(concurrent)} distinct questions"
        )
        status = Path(f"/proc/{proc.pid}/status").read_text()
        rss = int(status.split("VmHWM:")[1].split()[0]) / 1024
        print(f"serving process peak RSS: {rss:.0f} MB")
    finally:
        proc.terminate()
        proc.wait(timeout=10)


if __name__ == "__main__":
    main()
