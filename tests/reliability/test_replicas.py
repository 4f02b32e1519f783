"""Two replicas behind nginx, one Redis: conversations continue whichever replica answers,
through a Redis restart and a live re-index, and none is lost or crossed."""

from __future__ import annotations

import http.client
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from kit import Nginx, PersistentRedis, get, post_json, server_env
from notes import NEW_NOTE, NEW_NOTE_NAME

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
# First question, then what "where was that?" and "who gave that talk?" must say.
OPENERS = (
    ("Who talked about chaos engineering at the Summit?", "London", "Adrian Hornsby"),
    ("How many AWS regions were there at AWSome Day?", "Hotel Football", "Tom Woodyer"),
    (
        "How many tables can one DMS replication instance migrate simultaneously, "
        "per the re:Invent 2017 notes?",
        "Las Vegas",
        "re:Invent 2017",
    ),
    (
        "What are serverless architectural patterns at Builders Day?",
        "Victoria Warehouse",
        "Serverless Architectural Patterns",
    ),
)


class Client:
    def __init__(self, base: str) -> None:
        self.port = int(base.rsplit(":", 1)[1])

    def ask(self, question: str, session_id: str | None = None) -> dict:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        payload = {"question": question, **({"session_id": session_id} if session_id else {})}
        status, body = post_json(conn, "/v1/ask", payload)
        conn.close()
        assert status == 200, (status, body)
        return body


def test_conversations_survive_replicas_a_redis_restart_and_a_reindex(
    private_index: Path,
    tmp_path: Path,
    bot_server,
    scale,
    figures,
    request,  # type: ignore[no-untyped-def]
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    redis = PersistentRedis(tmp_path)
    redis.start()
    request.addfinalizer(redis.stop)  # stopped even when the test fails midway
    env = {"BOT_INDEX_DIR": str(private_index), "BOT_CORPUS_DIR": str(corpus)}
    replicas = [
        bot_server(
            **env,
            BOT_SESSION_URL=redis.url,
            BOT_INDEX_POLL_SECONDS="0.5",
            BOT_RATE_LIMIT_PER_SECOND="0",
        )
        for _ in range(2)
    ]
    for replica in replicas:
        replica.wait_ready()
    proxy = Nginx(tmp_path, [f"127.0.0.1:{r.port}" for r in replicas])
    request.addfinalizer(proxy.stop)
    client = Client(proxy.url)
    count = 40 if scale.new_sessions >= 100_000 else 12
    talks = [
        (OPENERS[i % len(OPENERS)], client.ask(OPENERS[i % len(OPENERS)][0])) for i in range(count)
    ]
    assert all(reply["answered"] for _, reply in talks)
    turns = {reply["session_id"]: 1 for _, reply in talks}

    def follow(question: str, index: int, expect: str) -> None:
        (_, where, who), first = talks[index]
        reply = client.ask(question, first["session_id"])
        turns[first["session_id"]] += 1
        assert reply["session_id"] == first["session_id"]
        assert expect.format(where=where, who=who) in reply["answer"], (index, reply["answer"])

    half = count // 2
    redis.stop()  # a restart: the append-only file brings every session back
    redis.start()
    for i in range(half):
        follow("where was that?", i, "{where}")
    (corpus / NEW_NOTE_NAME).write_text(NEW_NOTE, encoding="utf-8")
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
    for replica in replicas:
        while json.loads(get(replica.url, "/readyz")[1]).get("build") != new_build:
            assert time.time() < deadline, replica.logs()[-2000:]
            time.sleep(0.1)
    for i in range(half, count):
        follow("where was that?", i, "{where}")
    for i in range(count):  # needs the passage cited before the re-index
        follow("who gave that talk?", i, "{who}")
    lost = 0
    for session_id, expected in turns.items():
        status, body = get(proxy.url, f"/v1/sessions/{session_id}")
        history = json.loads(body)["history"] if status == 200 else []
        lost += len(history) != expected
    served = [r.logs().count('"POST /v1/ask" 200') for r in replicas]
    assert lost == 0
    assert min(served) > 0, served  # both replicas answered
    figures(
        f"replicas: {count} conversations, {sum(turns.values())} turns through nginx to 2 "
        f"replicas (answered {served[0]} / {served[1]}), across a Redis restart and a "
        f"re-index: {lost} lost, 0 crossed"
    )
