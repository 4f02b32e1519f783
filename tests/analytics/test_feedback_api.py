"""POST /v1/feedback and turn recording, over HTTP against the real engine."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from bot.analytics.writer import LINGER_SECONDS

REGIONS_Q = "How many AWS regions were there at AWSome Day?"
PASTA_Q = "How long should I boil pasta?"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "analytics.sqlite3"


@pytest.fixture
def api(app_factory: Callable[..., Any], db: Path) -> Iterator[TestClient]:
    with TestClient(app_factory(analytics_url=f"sqlite:///{db}")) as client:
        yield client


def rows(client: TestClient, table: str) -> list[dict[str, Any]]:
    assert client.app.state.analytics_writer.flush()
    store = client.app.state.analytics_writer.store
    return store.turns_since(0) if table == "turns" else store.ratings_since(0)


def ask(client: TestClient, question: str, session: str | None = None, **headers: str) -> dict:
    body = {"question": question, **({"session_id": session} if session else {})}
    response = client.post("/v1/ask", json=body, headers=headers)
    assert response.status_code == 200
    return response.json()


def test_every_turn_is_recorded_with_its_channel(api: TestClient) -> None:
    first = ask(api, REGIONS_Q, **{"X-Bot-Channel": "web"})
    ask(api, PASTA_Q, first["session_id"], **{"X-Bot-Channel": "made-up"})
    recorded = rows(api, "turns")
    assert [r["question"] for r in recorded] == [REGIONS_Q, PASTA_Q]
    assert [r["channel"] for r in recorded] == ["web", "api"]  # unknown claims count as api
    assert recorded[0]["answered"] and not recorded[1]["answered"]
    assert recorded[0]["citations"][0]["source"] == first["citations"][0]["source"]
    assert recorded[0]["citations"][0]["passage"] == first["citations"][0]["passage"]
    assert recorded[0]["latency_ms"] == first["latency_ms"]


def test_a_rating_is_stored_with_the_turn_it_rates(api: TestClient) -> None:
    first = ask(api, REGIONS_Q)
    sid = first["session_id"]
    ask(api, PASTA_Q, sid)
    response = api.post(
        "/v1/feedback", json={"session_id": sid, "turn": 0, "rating": "down", "comment": " old "}
    )
    assert response.status_code == 202
    assert response.json() == {"session_id": sid, "turn": 0, "rating": "down", "recorded": True}
    assert (
        api.post("/v1/feedback", json={"session_id": sid, "turn": -1, "rating": "up"}).json()[
            "turn"
        ]
        == 1
    )
    by_question = {r["question"]: r for r in rows(api, "ratings")}
    rated = by_question[REGIONS_Q]
    assert rated["rating"] == -1 and rated["comment"] == "old"
    assert rated["answer"] == first["answer"] and rated["intent"] == "ask_question"
    assert rated["citations"][0]["source"] == first["citations"][0]["source"]
    assert by_question[PASTA_Q]["rating"] == 1 and not by_question[PASTA_Q]["answered"]


def test_rating_again_replaces_the_earlier_rating(api: TestClient) -> None:
    sid = ask(api, REGIONS_Q)["session_id"]
    for rating in ("up", "down"):
        api.post("/v1/feedback", json={"session_id": sid, "turn": -1, "rating": rating})
    assert [r["rating"] for r in rows(api, "ratings")] == [-1]


@pytest.mark.parametrize(
    ("body", "status", "error"),
    [
        ({"session_id": "no-such-session", "turn": 0, "rating": "up"}, 404, "unknown or expired"),
        ({"session_id": "{sid}", "turn": 3, "rating": "up"}, 422, "turn 3 is not in this session"),
        ({"session_id": "{sid}", "turn": -2, "rating": "up"}, 422, "is not in this session"),
        ({"session_id": "{sid}", "turn": 0, "rating": "meh"}, 422, "invalid request"),
        ({"session_id": "{sid}", "turn": "first", "rating": "up"}, 422, "invalid request"),
        ({"session_id": "{sid}", "turn": 0, "rating": "up", "api_key": "x"}, 422, "invalid"),
        ({"session_id": "{sid}", "turn": 0, "rating": "up", "comment": "x" * 2001}, 422, "invalid"),
    ],
)
def test_bad_feedback_gets_a_clear_json_error(
    api: TestClient, body: dict[str, Any], status: int, error: str
) -> None:
    sid = ask(api, REGIONS_Q)["session_id"]
    body = {k: v.replace("{sid}", sid) if isinstance(v, str) else v for k, v in body.items()}
    response = api.post("/v1/feedback", json=body)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/json"
    assert error in response.json()["error"]
    assert rows(api, "ratings") == []


def test_feedback_needs_the_api_key_and_the_key_is_never_stored(
    app_factory: Callable[..., Any], db: Path
) -> None:
    key = "k-7c1f-analytics-must-not-keep-this"
    with TestClient(app_factory(analytics_url=f"sqlite:///{db}", api_keys=[key])) as client:
        auth = {"Authorization": f"Bearer {key}"}
        sid = ask(client, REGIONS_Q, **auth)["session_id"]
        body = {"session_id": sid, "turn": -1, "rating": "down", "comment": "hm"}
        assert client.post("/v1/feedback", json=body).status_code == 401
        assert client.post("/v1/feedback", json=body, headers=auth).status_code == 202
        assert len(rows(client, "ratings")) == 1
    dump = b"".join(p.read_bytes() for p in db.parent.glob("analytics.sqlite3*"))
    assert key.encode() not in dump and sid.encode() in dump


def test_with_analytics_off_nothing_is_stored_and_feedback_is_404(
    app_factory: Callable[..., Any], db: Path
) -> None:
    with TestClient(app_factory(analytics=False, analytics_url=f"sqlite:///{db}")) as client:
        sid = ask(client, REGIONS_Q)["session_id"]
        response = client.post("/v1/feedback", json={"session_id": sid, "turn": 0, "rating": "up"})
        assert response.status_code == 404 and "off" in response.json()["error"]
        assert 'data-feedback="off"' in client.get("/").text
    assert not db.exists()


def test_answers_do_not_wait_for_the_analytics_database(api: TestClient, db: Path) -> None:
    """With the database locked by someone else, /v1/ask still answers at once; the
    row is written once the lock goes. Written on the request path, the ask would
    wait for the lock."""
    ask(api, "warm up")
    assert rows(api, "turns")
    locker = sqlite3.connect(db, timeout=0, isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")
    try:
        started = time.perf_counter()
        ask(api, REGIONS_Q)
        elapsed = time.perf_counter() - started
        time.sleep(LINGER_SECONDS + 0.5)  # the writer has the row and is waiting on the lock
        waiting = api.app.state.analytics_writer._queue.unfinished_tasks
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    assert elapsed < 1.0 and waiting == 1
    assert [r["question"] for r in rows(api, "turns")][-1] == REGIONS_Q


def test_an_unreachable_database_leaves_answers_alone_and_feedback_says_so(
    app_factory: Callable[..., Any],
) -> None:
    unreachable = "postgresql://nobody@127.0.0.1:1/analytics"
    with TestClient(app_factory(analytics_url=unreachable)) as client:
        sid = ask(client, REGIONS_Q)["session_id"]
        response = client.post("/v1/feedback", json={"session_id": sid, "turn": 0, "rating": "up"})
        assert response.status_code == 503 and "could not be opened" in response.json()["error"]
