"""The Lambda proxy against a real HTTP server on loopback, and against a dead port."""

from __future__ import annotations

import importlib.util
import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from lex_support import load_event

from bot.channels.lex.validate import validate_response

PROXY = Path(__file__).parents[3] / "deploy" / "lex_proxy" / "lambda_function.py"


@pytest.fixture(scope="module")
def proxy() -> ModuleType:
    spec = importlib.util.spec_from_file_location("lex_proxy_lambda", PROXY)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Backend:
    """A tiny HTTP server that records requests and answers as scripted."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.status = 200
        self.body: bytes = b"{}"
        self.delay = 0.0
        backend = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                backend.requests.append(
                    {
                        "path": self.path,
                        "headers": dict(self.headers),
                        "body": self.rfile.read(length),
                    }
                )
                time.sleep(backend.delay)
                self.send_response(backend.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(backend.body)))
                self.end_headers()
                self.wfile.write(backend.body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/webhooks/lex"


@pytest.fixture
def backend(monkeypatch: pytest.MonkeyPatch) -> Iterator[Backend]:
    server = Backend()
    thread = threading.Thread(target=server.server.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setenv("BOT_WEBHOOK_URL", server.url)
    monkeypatch.setenv("BOT_LEX_WEBHOOK_TOKEN", "tok-123")
    monkeypatch.setenv("BOT_PROXY_TIMEOUT_SECONDS", "2")
    yield server
    server.server.shutdown()
    server.server.server_close()


REPLY = {
    "sessionState": {
        "dialogAction": {"type": "Close"},
        "intent": {"name": "FallbackIntent", "state": "Fulfilled"},
        "sessionAttributes": {"k": "v"},
    },
    "messages": [{"contentType": "PlainText", "content": "Two or more AZs."}],
}


def assert_failed(reply: dict[str, Any], version: str) -> None:
    assert validate_response(reply, version) == []
    if version == "v2":
        assert reply["sessionState"]["dialogAction"]["type"] == "Close"
        assert reply["sessionState"]["intent"]["state"] == "Failed"
        assert reply["messages"][0]["content"].startswith("Sorry")
    else:
        assert reply["dialogAction"]["fulfillmentState"] == "Failed"


def test_the_event_is_forwarded_with_the_token_and_the_reply_returned(
    proxy: ModuleType, backend: Backend
) -> None:
    backend.body = json.dumps(REPLY).encode()
    event = load_event("v2", "06_locale_de_DE.json")
    assert proxy.lambda_handler(event, None) == REPLY
    (request,) = backend.requests
    assert request["path"] == "/webhooks/lex"
    assert request["headers"]["Authorization"] == "Bearer tok-123"
    assert request["headers"]["Content-Type"] == "application/json"
    assert json.loads(request["body"]) == event


@pytest.mark.parametrize(
    "version,name",
    [
        ("v2", "04_session_attributes_prior_state.json"),
        ("v1", "03_session_attributes_prior_state.json"),
    ],
)
def test_a_non_2xx_answer_becomes_a_failed_close_in_the_event_version(
    proxy: ModuleType, backend: Backend, version: str, name: str
) -> None:
    backend.status = 500
    backend.body = b'{"error": "boom"}'
    event = load_event(version, name)
    reply = proxy.lambda_handler(event, None)
    assert_failed(reply, version)
    attributes = (
        reply["sessionState"]["sessionAttributes"]
        if version == "v2"
        else reply["sessionAttributes"]
    )
    assert attributes["customerId"] == "C-1001"


@pytest.mark.parametrize("body", [b"<html>oops</html>", b"[1, 2]"])
def test_a_reply_that_is_not_a_json_object_becomes_a_failed_close(
    proxy: ModuleType, backend: Backend, body: bytes
) -> None:
    backend.body = body
    assert_failed(proxy.lambda_handler(load_event("v2", "03_fulfillment.json"), None), "v2")


def test_a_slow_service_is_abandoned_well_before_lex_gives_up(
    proxy: ModuleType, backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    backend.delay = 3
    monkeypatch.setenv("BOT_PROXY_TIMEOUT_SECONDS", "0.5")
    started = time.monotonic()
    reply = proxy.lambda_handler(load_event("v1", "02_fulfillment.json"), None)
    assert time.monotonic() - started < 2.5
    assert_failed(reply, "v1")


def dead_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_a_dead_port_gives_a_failed_close(
    proxy: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BOT_WEBHOOK_URL", f"http://127.0.0.1:{dead_port()}/webhooks/lex")
    monkeypatch.setenv("BOT_LEX_WEBHOOK_TOKEN", "t")
    reply = proxy.lambda_handler(load_event("v2", "03_fulfillment.json"), None)
    assert_failed(reply, "v2")
    assert reply["sessionState"]["intent"]["name"] == "BookTable"


def test_missing_configuration_gives_a_failed_close(
    proxy: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("BOT_WEBHOOK_URL", raising=False)
    assert_failed(proxy.lambda_handler(load_event("v1", "01_dialog_missing_slot.json"), None), "v1")


@pytest.mark.parametrize(
    "value,expected", [(None, 8.0), ("3.5", 3.5), ("45", 8.0), ("soon", 8.0), ("0", 8.0)]
)
def test_the_timeout_stays_under_lex_limit(
    proxy: ModuleType, monkeypatch: pytest.MonkeyPatch, value: str | None, expected: float
) -> None:
    if value is None:
        monkeypatch.delenv("BOT_PROXY_TIMEOUT_SECONDS", raising=False)
    else:
        monkeypatch.setenv("BOT_PROXY_TIMEOUT_SECONDS", value)
    assert proxy._timeout() == expected
