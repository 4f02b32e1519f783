"""`make bench-scale`, the serving side: ready time, RSS, in-process and HTTP latency,
recall of the approximate index, BM25's cost and answer quality, for built N× folders.

The sizes are measured side by side: their engines are loaded in this process and their
servers run at once, and each question is asked of every size in turn, so all sizes see
the same machine state (on this shared VM, speed drifts by tens of percent over minutes).
"""

from __future__ import annotations

import http.client
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench import pct, questions  # noqa: E402
from scale_build import settings_for  # noqa: E402

QA_SETS = [
    ROOT / "eval" / "qa.jsonl",
    ROOT / "eval" / "train" / "qa.jsonl",
    ROOT.parent / "shared" / "eval" / "qa_dev.jsonl",
]


def event_naming_questions() -> list[dict]:
    """The QA rows whose question names its note's event (its conference or an alias)."""
    manifest = yaml.safe_load((ROOT / "corpus" / "manifest.yaml").read_text())
    names: dict[str, list[str]] = {}
    for source, entry in manifest.items():
        said = [str(entry.get("conference", "")), *map(str, entry.get("aliases", []))]
        for key in (source, entry.get("origin")):
            if key:
                names[str(key)] = [s.lower() for s in said if s]
    rows = []
    for path in QA_SETS:
        if path.exists():
            found = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
            rows += [{**r, "_set": path.stem} for r in found]
    return [r for r in rows if any(n in r["question"].lower() for n in names.get(r["doc"], []))]


def ready(port: int, started: float, limit: float = 600.0) -> float:
    """Seconds from `started` until /readyz answers 200."""
    while time.perf_counter() - started < limit:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/readyz")
            if conn.getresponse().status == 200:
                return time.perf_counter() - started
        except OSError:
            pass
        time.sleep(0.05)
    raise SystemExit(f"server on {port} did not become ready")


def start_server(folder: Path, port: int) -> tuple[subprocess.Popen[str], float]:
    """A `bot serve` over the folder's index, and its time from exec to ready."""
    env = {
        **os.environ,
        "BOT_CORPUS_DIR": str(folder / "corpus"),
        "BOT_INDEX_DIR": str(folder / "index"),
        "BOT_PORT": str(port),
        "BOT_RATE_LIMIT_PER_SECOND": "0",
        "BOT_ACCESS_LOG": "false",
        "BOT_INDEX_POLL_SECONDS": "3600",
    }
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
    )
    return proc, ready(port, started)


def rss_mb(pid: int) -> tuple[float, float]:
    """(resident now, peak resident) of a process, in MB."""
    status = Path(f"/proc/{pid}/status").read_text()
    now = int(status.split("VmRSS:")[1].split()[0]) / 1024
    peak = int(status.split("VmHWM:")[1].split()[0]) / 1024
    return now, peak


def ask_http(conn: http.client.HTTPConnection, question: str) -> float:
    body = json.dumps({"question": question}).encode()
    started = time.perf_counter()
    conn.request("POST", "/v1/ask", body, {"Content-Type": "application/json"})
    response = conn.getresponse()
    response.read()
    if response.status != 200:
        raise SystemExit(f"POST /v1/ask: {response.status}")
    return (time.perf_counter() - started) * 1000


def http_latency(ports: dict[str, int], qs: list[str]) -> dict[str, list[float]]:
    """Each question asked of every server in turn, over keep-alive connections."""
    conns = {
        size: http.client.HTTPConnection("127.0.0.1", p, timeout=60) for size, p in ports.items()
    }
    out: dict[str, list[float]] = {size: [] for size in ports}
    for q in qs:
        for size, conn in conns.items():
            out[size].append(ask_http(conn, q))
    for conn in conns.values():
        conn.close()
    return out


def in_process_latency(engines: dict, qs: list[str]) -> dict[str, list[float]]:  # type: ignore[type-arg]
    from bot.turns import DialogueState, TurnInput

    out: dict[str, list[float]] = {size: [] for size in engines}
    for q in qs:
        for size, engine in engines.items():
            started = time.perf_counter()
            engine.turn(TurnInput(text=q, state=DialogueState()))
            out[size].append((time.perf_counter() - started) * 1000)
    return out


TIES = 1e-3  # cosine: ann-benchmarks' default epsilon for near-ties


def recall(engine, qs: list[str], ties: float = 0.0) -> float | None:  # type: ignore[no-untyped-def]
    """recall@10 of the serving dense index against exact search, on the questions (with
    `ties`, counting near-ties with exact search's tenth as found)."""
    from bot.indexing import dense

    k = engine.knowledge
    if k.dense_index.exact:
        return None  # exact already
    qvecs = np.vstack([k.embed(q) for q in qs]).astype(np.float32)
    return dense.recall_at_k(k.dense_index, np.asarray(k._passage_vectors), qvecs, ties=ties)


def bm25_ms(engine, qs: list[str]) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """p50 ms of one BM25 query over the questions' words: bounded, and with every word."""
    from bot.indexing.fts import LexicalIndex
    from bot.text import content_words

    lexical = engine.knowledge.lexical
    unbounded = LexicalIndex(lexical._path, budget=10**12)
    figures = []
    for index in (lexical, unbounded):
        times = []
        for q in qs:
            words = content_words(q)
            index.bounded(words)  # learn the words' counts first: a server keeps them
            started = time.perf_counter()
            index.search(words, 120)
            times.append((time.perf_counter() - started) * 1000)
        figures.append(pct(times, 50))
    return figures[0], figures[1]


def answers(engine, rows: list[dict]) -> float:  # type: ignore[no-untyped-def]
    from bot.evaluation.data import EvalSets
    from bot.evaluation.runner import evaluate_answers

    return float(evaluate_answers(engine, EvalSets(qa=rows), baselines=False)["answers"])  # type: ignore[arg-type]


def measure(folders: dict[str, Path]) -> dict[str, dict[str, object]]:
    """Every serving figure for every size."""
    from bot.engine import Engine

    qs = questions()
    out: dict[str, dict[str, object]] = {size: {} for size in folders}
    servers, ports = {}, {}
    try:
        for n, (size, folder) in enumerate(folders.items()):  # one at a time: ready is alone
            ports[size] = 8790 + n
            servers[size], out[size]["ready_s"] = start_server(folder, ports[size])
            print(f"{size}: server ready in {out[size]['ready_s']:.2f} s", flush=True)
        for size, lat in http_latency(ports, qs[0::2]).items():
            out[size]["http_p50_ms"], out[size]["http_p95_ms"] = pct(lat, 50), pct(lat, 95)
        for size, proc in servers.items():
            out[size]["rss_mb"], out[size]["rss_peak_mb"] = rss_mb(proc.pid)
    finally:
        for proc in servers.values():
            proc.terminate()
            proc.wait(timeout=30)
    engines = {}
    for size, folder in folders.items():
        started = time.perf_counter()
        engines[size] = Engine.load(settings_for(folder))
        out[size]["engine_load_s"] = time.perf_counter() - started
    for size, lat in in_process_latency(engines, qs[1::2]).items():
        out[size]["inproc_p50_ms"], out[size]["inproc_p95_ms"] = pct(lat, 50), pct(lat, 95)
    rows = event_naming_questions()
    for size, engine in engines.items():
        out[size]["recall_at_10"] = recall(engine, qs)
        out[size]["recall_at_10_ties"] = recall(engine, qs, ties=TIES)
        out[size]["bm25_p50_ms"], out[size]["bm25_unbounded_p50_ms"] = bm25_ms(engine, qs)
        out[size]["event_answers"] = answers(engine, rows)
        out[size]["event_questions"] = len(rows)
        print(f"{size}: {json.dumps(out[size], default=float)}", flush=True)
    return out
