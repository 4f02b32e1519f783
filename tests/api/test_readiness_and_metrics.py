"""Readiness never stalls the loop on a hung store; metrics count requests and turns;
every log line of a request carries its id."""

from __future__ import annotations

import logging
import socket
import threading
import time

import httpx
from fastapi.testclient import TestClient

from bot.api.context import RequestIdFilter
from bot.sessions.redis_store import RedisSessionStore


def hung_server() -> tuple[socket.socket, int]:
    """Accepts connections and never answers: a Redis that hangs."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    held: list[socket.socket] = []

    def accept() -> None:
        while True:
            try:
                held.append(listener.accept()[0])
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    return listener, listener.getsockname()[1]


def test_readyz_fails_fast_on_a_hung_store_while_healthz_stays_instant(
    app_factory, serve_app, engine
) -> None:  # type: ignore[no-untyped-def]
    from bot.api.app import create_app

    listener, port = hung_server()

    class HungStore:
        sessions = RedisSessionStore(f"redis://127.0.0.1:{port}/0", ttl_seconds=5)
        knowledge = engine.knowledge

    base = serve_app(create_app(app_factory().state.settings, engine=HungStore()))
    results: dict[str, tuple[int, float]] = {}

    def timed(path: str) -> None:
        started = time.perf_counter()
        status = httpx.get(base + path, timeout=10, trust_env=False).status_code
        results[path] = (status, time.perf_counter() - started)

    ready = threading.Thread(target=timed, args=("/readyz",))
    ready.start()
    time.sleep(0.2)
    timed("/healthz")
    ready.join()
    listener.close()
    assert results["/readyz"][0] == 503 and results["/readyz"][1] < 1.8
    assert results["/healthz"] == (200, results["/healthz"][1]) and results["/healthz"][1] < 0.2


def test_metrics_count_requests_by_route_and_turns_by_intent(client: TestClient) -> None:
    client.post("/v1/ask", json={"question": "How many AWS regions were there at AWSome Day?"})
    client.post("/v1/ask", json={"question": "How long should I boil pasta?"})
    body = client.get("/metrics").text
    assert 'bot_http_requests_total{method="POST",route="/v1/ask",status="200"}' in body
    assert 'bot_turns_total{answered="true",intent="ask_question"}' in body
    assert 'bot_turns_total{answered="false",intent="out_of_scope"}' in body
    assert "bot_index_age_seconds " in body and "bot_sessions " in body
    assert 'bot_turn_seconds_bucket{intent="ask_question"' in body


def test_metrics_can_be_turned_off(app_factory) -> None:  # type: ignore[no-untyped-def]
    with TestClient(app_factory(metrics=False)) as c:
        assert c.get("/metrics").status_code == 404


def test_every_log_line_of_a_request_carries_its_id(client: TestClient, caplog) -> None:  # type: ignore[no-untyped-def]
    caplog.handler.addFilter(RequestIdFilter())
    with caplog.at_level(logging.INFO, logger="bot.access"):
        reply = client.get("/v1/suggestions", headers={"x-request-id": "trace-7"})
    lines = [r for r in caplog.records if r.name == "bot.access"]
    assert reply.headers["x-request-id"] == "trace-7"
    assert lines and all(r.request_id == "trace-7" for r in lines)  # type: ignore[attr-defined]
    assert '"GET /v1/suggestions" 200' in lines[-1].getMessage()
