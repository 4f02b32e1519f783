"""`bot index` while 32 clients ask: no error, no answer from a half-swapped index, the
new note answered afterwards, and a conversation carried across the swap."""

from __future__ import annotations

import http.client
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from kit import Load, get, post_json, server_env
from notes import CONVERSATION, NEW_NOTE, NEW_NOTE_NAME, NEW_QUESTION, STEADY

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def ask(base: str, question: str, session_id: str | None = None) -> dict:
    conn = http.client.HTTPConnection("127.0.0.1", int(base.rsplit(":", 1)[1]), timeout=30)
    payload = {"question": question, **({"session_id": session_id} if session_id else {})}
    status, body = post_json(conn, "/v1/ask", payload)
    conn.close()
    assert status == 200, body
    return body


def serving_build(base: str) -> str | None:
    status, body = get(base, "/readyz")
    return json.loads(body).get("build") if status == 200 else None


def test_a_note_indexed_under_load_is_swapped_in_without_one_error(
    private_index: Path,
    tmp_path: Path,
    bot_server,
    scale,
    figures,
    start_probe,  # type: ignore[no-untyped-def]
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    env = {"BOT_INDEX_DIR": str(private_index), "BOT_CORPUS_DIR": str(corpus)}
    server = bot_server(
        **env,
        BOT_INDEX_POLL_SECONDS="0.5",
        BOT_RATE_LIMIT_PER_SECOND="0",  # 32 clients on one address are not an attack here
        BOT_MAX_QUEUE="64",
        BOT_QUEUE_TIMEOUT_SECONDS="30",
    )
    server.wait_ready()
    old_build = serving_build(server.url)
    expected = {q: ask(server.url, q)["citations"][0]["source"] for q in STEADY}
    before = ask(server.url, NEW_QUESTION)  # the note is not indexed yet: nothing cites it
    assert all(c["source"] != NEW_NOTE_NAME for c in before.get("citations") or [])
    assert "label" not in before["answer"].lower()
    first = ask(server.url, CONVERSATION[0])
    assert first["answered"] and "Adrian Hornsby" in first["answer"]

    probe = start_probe(server.url)
    load = Load(server.url, scale.clients, lambda c, n: STEADY[(c + n) % len(STEADY)]).start()
    (corpus / NEW_NOTE_NAME).write_text(NEW_NOTE, encoding="utf-8")
    started = time.perf_counter()
    indexed = subprocess.run(
        [sys.executable, "-m", "bot.cli", "index"],
        env=server_env(**env),
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert indexed.returncode == 0, indexed.stderr[-2000:]
    new_build = os.path.basename(os.readlink(private_index / "current"))
    deadline = time.time() + 60
    while serving_build(server.url) != new_build:
        assert time.time() < deadline, server.logs()[-3000:]
        time.sleep(0.1)
    swapped = time.perf_counter() - started
    time.sleep(1.0)  # the clients go on asking the new build
    load.stop()
    health = probe.stop()

    assert old_build != new_build
    assert set(load.statuses) == {200}, load.statuses
    wrong = [
        (q, body.get("citations"))
        for _, q, body in load.replies
        if not body.get("citations") or body["citations"][0]["source"] != expected[q]
    ]
    assert wrong == [], wrong[:3]
    after = ask(server.url, NEW_QUESTION)
    assert after["answered"] and after["citations"][0]["source"] == NEW_NOTE_NAME
    assert "label" in after["answer"].lower()
    follow = ask(server.url, CONVERSATION[1], first["session_id"])
    assert follow["answered"] and "London" in follow["answer"]
    assert follow["citations"][0]["conference"] == first["citations"][0]["conference"]
    lag = server.metric("bot_event_loop_lag_max_seconds")
    assert "Traceback" not in server.logs()
    figures(
        f"re-index under load: {scale.clients} clients, {sum(load.statuses.values())} requests, "
        f"statuses {dict(load.statuses)}, p50 {load.p(0.5) * 1000:.0f} ms, "
        f"p99 {load.p(0.99) * 1000:.0f} ms; new build served {swapped:.1f} s after `bot index` "
        f"started; /healthz max {health['max_ms']} ms (p99 {health['p99_ms']} ms, "
        f"{health['n']} probes); event loop max stall {lag * 1000:.1f} ms; "
        f"peak RSS {server.peak_rss_mb():.0f} MB"
    )
