"""Does recording turns cost `POST /v1/ask` anything? Two servers on loopback with
the same engine, analytics on (SQLite) and off, asked the same questions in
alternation, so both see the same machine state. Prints p50/p95 of each.

    .venv/bin/python benchmarks/analytics_overhead.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import http.client
import json
import statistics
import tempfile
import threading
import time
from pathlib import Path

import uvicorn

from bot.api.app import create_app
from bot.engine import Engine
from bot.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


def questions() -> list[str]:
    lines = (ROOT / "eval" / "qa.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["question"] for line in lines if line.strip()]


def serve(app: object) -> tuple[uvicorn.Server, int]:
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.02)
    return server, server.servers[0].sockets[0].getsockname()[1]


def ask(conn: http.client.HTTPConnection, question: str) -> float:
    body = json.dumps({"question": question})
    started = time.perf_counter()
    conn.request("POST", "/v1/ask", body, {"Content-Type": "application/json"})
    response = conn.getresponse()
    response.read()
    assert response.status == 200
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-analytics-"))
    base = Settings()
    engine = Engine.load(base)
    apps = {
        "on": create_app(
            base.model_copy(update={"analytics_url": f"sqlite:///{folder / 'a.sqlite3'}"}),
            engine=engine,
        ),
        "off": create_app(base.model_copy(update={"analytics": False}), engine=engine),
    }
    conns = {
        name: http.client.HTTPConnection("127.0.0.1", serve(app)[1]) for name, app in apps.items()
    }
    qs = questions()
    for q in qs[:20]:  # warm up both (and the engine's caches) first
        for conn in conns.values():
            ask(conn, q)
    times: dict[str, list[float]] = {"on": [], "off": []}
    for r in range(args.rounds):
        for i, q in enumerate(qs):
            order = ("on", "off") if (i + r) % 2 == 0 else ("off", "on")
            for name in order:
                times[name].append(ask(conns[name], q))
    for name, values in times.items():
        cuts = statistics.quantiles(values, n=20)
        p50 = statistics.median(values)
        print(f"analytics {name:3}: n={len(values)} p50 {p50:.2f} ms, p95 {cuts[18]:.2f} ms")
    writer = apps["on"].state.analytics_writer
    if writer is not None:
        writer.flush()
        print(f"rows written with analytics on: {writer.store.counts()}")


if __name__ == "__main__":
    main()
