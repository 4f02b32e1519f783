"""The HTTP edge under bad input, on a real uvicorn: clear JSON 4xx, no internals, and
the keep-alive connection still serves the next request."""

from __future__ import annotations

import http.client
import json
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient

LEX_TOKEN = "edge-lex-token"
ASK = "How many AWS regions were there at AWSome Day?"


@pytest.fixture(scope="module")
def base(app_factory, serve_app) -> str:  # type: ignore[no-untyped-def]
    from pydantic import SecretStr

    return serve_app(app_factory(lex_webhook_token=SecretStr(LEX_TOKEN), rate_limit_per_second=0))


def connect(base: str) -> http.client.HTTPConnection:
    url = urlsplit(base)
    return http.client.HTTPConnection(url.hostname, url.port, timeout=30)


def send(
    conn: http.client.HTTPConnection, path: str, body: bytes, headers: dict[str, str] | None = None
) -> tuple[int, dict[str, str], bytes]:
    conn.request("POST", path, body, {"content-type": "application/json", **(headers or {})})
    response = conn.getresponse()
    return response.status, dict(response.getheaders()), response.read()


MALFORMED = [
    ("lone surrogate", b'{"question": "\\ud800"}'),
    ("huge exponent", b'{"question": 1e999999}'),
    ("NaN", b'{"question": NaN}'),
    ("deep nesting", b"[" * 30_000 + b"]" * 30_000),
    ("not UTF-8", b'{"question": "\xff\xfe"}'),
    ("not JSON", b"{question: hi"),
    ("wrong type", b'{"question": ["a"]}'),
]


@pytest.mark.parametrize(("case", "body"), MALFORMED, ids=[m[0] for m in MALFORMED])
def test_malformed_json_is_a_4xx_and_the_connection_serves_the_next_request(
    base: str, case: str, body: bytes
) -> None:
    conn = connect(base)
    status, headers, raw = send(conn, "/v1/ask", body)
    assert 400 <= status < 500, (case, status, raw[:200])
    assert headers["content-type"] == "application/json"
    assert json.loads(raw)["error"]
    sock = conn.sock
    status, _, raw = send(conn, "/v1/ask", json.dumps({"question": ASK}).encode())
    assert status == 200 and json.loads(raw)["answered"]
    assert conn.sock is sock  # the same connection: nothing was dropped
    conn.close()


def test_a_40_kb_nested_lex_body_is_a_400_not_a_crash(base: str) -> None:
    conn = connect(base)
    body = b'{"sessionState": ' + b'{"a": ' * 6000 + b"1" + b"}" * 6000 + b"}"
    assert len(body) > 40_000
    status, _, raw = send(conn, "/webhooks/lex", body, {"authorization": f"Bearer {LEX_TOKEN}"})
    assert status == 400 and b"nested deeper" in raw
    assert send(conn, "/v1/ask", json.dumps({"question": ASK}).encode())[0] == 200


def test_an_unhandled_error_is_a_json_500_with_only_the_request_id(
    app_factory, serve_app, engine
) -> None:  # type: ignore[no-untyped-def]
    class Broken:
        sessions = engine.sessions
        knowledge = engine.knowledge

        def turn(self, _: object) -> None:
            raise RuntimeError("secret internals at /srv/index")

    from bot.api.app import create_app

    app = create_app(app_factory().state.settings, engine=Broken())
    conn = connect(serve_app(app))
    status, headers, raw = send(conn, "/v1/ask", b'{"question": "hi"}', {"x-request-id": "req-42"})
    assert status == 500
    assert json.loads(raw) == {"error": "internal error", "detail": {"request_id": "req-42"}}
    assert headers["x-request-id"] == "req-42" and b"secret" not in raw
    conn.request("GET", "/healthz")
    assert conn.getresponse().status == 200  # the connection was kept


def test_a_body_over_the_limit_is_refused_by_its_declared_length(client: TestClient) -> None:
    r = client.post("/v1/ask", content=b"x" * 70_000, headers={"content-type": "application/json"})
    assert r.status_code == 413 and r.headers["connection"] == "close"
    assert r.json()["detail"] == "limit is 65536 bytes"


def test_a_body_that_trickles_in_too_slowly_gets_408(app_factory, serve_app) -> None:  # type: ignore[no-untyped-def]
    import socket

    url = urlsplit(serve_app(app_factory(body_timeout_seconds=0.5)))
    with socket.create_connection((url.hostname, url.port)) as sock:
        sock.sendall(
            b"POST /v1/ask HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            b'Content-Length: 100\r\n\r\n{"question"'
        )
        sock.settimeout(5)
        assert sock.recv(4096).startswith(b"HTTP/1.1 408")


@pytest.mark.parametrize(
    ("content_type", "status"),
    [
        ("application/json", 200),
        ("application/json; charset=utf-8", 200),
        ("text/plain; x=json", 415),
        ("application/jsonx", 415),
        ("application/json; boundary=x", 415),
        ("text/plain", 415),
    ],
)
def test_only_exactly_application_json_is_accepted(
    client: TestClient, content_type: str, status: int
) -> None:
    r = client.post(
        "/v1/ask", content=b'{"question": "hello"}', headers={"content-type": content_type}
    )
    assert r.status_code == status


def test_hosts_outside_the_allowlist_are_refused(app_factory) -> None:  # type: ignore[no-untyped-def]
    with TestClient(app_factory()) as c:
        r = c.get("/v1/documents", headers={"host": "rebind.attacker.example"})
        assert r.status_code == 400 and r.json()["error"] == "host not allowed"
        assert c.get("/v1/documents", headers={"host": "localhost:8000"}).status_code == 200
    with TestClient(app_factory(allowed_hosts=["*"])) as c:
        assert c.get("/healthz", headers={"host": "anything.example"}).status_code == 200


def test_validation_errors_do_not_echo_the_input(client: TestClient) -> None:
    marker = "SECRET-" + "x" * 2000
    r = client.post("/v1/ask", json={"question": marker})
    assert r.status_code == 422 and "SECRET" not in r.text


def test_a_plain_request_id_is_kept_and_any_other_is_replaced(client: TestClient) -> None:
    assert client.get("/healthz", headers={"x-request-id": "abc-123"}).headers["x-request-id"] == (
        "abc-123"
    )
    replaced = client.get("/healthz", headers={"x-request-id": "bad id\twith\ttabs"})
    assert len(replaced.headers["x-request-id"]) == 32


def test_a_path_cannot_forge_an_access_log_line(client: TestClient, caplog) -> None:  # type: ignore[no-untyped-def]
    import logging

    with caplog.at_level(logging.INFO, logger="bot.access"):
        client.get("/nothing%0A127.0.0.1%20%22GET%20/admin%22%20200")
    lines = [r.getMessage() for r in caplog.records if r.name == "bot.access"]
    assert lines and all("\n" not in line for line in lines)
