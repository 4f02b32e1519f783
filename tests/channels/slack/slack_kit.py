"""Slack test kit: signed requests, a recording stand-in for Slack's Web API, a
real uvicorn server, and payload builders from the documented examples.

Imported by plain name (pytest puts this folder on sys.path for its tests).
"""

from __future__ import annotations

import copy
import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

import uvicorn
from fastapi import FastAPI
from slack_sdk.signature import SignatureVerifier

from bot.channels.slack import build_router
from bot.schemas import AskResponse, Button, Citation
from bot.settings import Settings
from bot.turns import DialogueState, TurnInput, TurnResult

DATA = Path(__file__).with_name("data")
SECRET = "test-signing-secret-5f0c"
BOT_TOKEN = "xoxb-test-bot-token"


def load_json(name: str) -> dict[str, Any]:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def signed_headers(
    body: bytes,
    *,
    secret: str = SECRET,
    content_type: str = "application/json",
    timestamp: int | None = None,
) -> dict[str, str]:
    """Headers as Slack sends them, signed over the exact bytes of `body`."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    return {
        "Content-Type": content_type,
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": SignatureVerifier(secret).generate_signature(timestamp=ts, body=body),
    }


def event_body(
    name: str,
    *,
    event_id: str,
    ts: str,
    text: str | None = None,
    thread_ts: str | None = None,
) -> bytes:
    """One of the documented event payloads, with fresh ids so tests never collide."""
    payload = copy.deepcopy(load_json(name))
    payload["event_id"] = event_id
    payload["event"]["ts"] = payload["event"]["event_ts"] = ts
    if text is not None:
        payload["event"]["text"] = text
    if thread_ts is not None:
        payload["event"]["thread_ts"] = thread_ts
    return json.dumps(payload).encode()


def slash_body(text: str, **fields: str) -> bytes:
    """The documented slash-command form, as /ask with `text`."""
    form = dict(parse_qsl((DATA / "slash_command.body.txt").read_text().strip()))
    form.update(command="/ask", text=text, **fields)
    return urlencode(form).encode()


@dataclass
class RecordedCall:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]


class SlackApiRecorder:
    """Slack's Web API (and response_url) on loopback: records calls, answers like Slack."""

    def __init__(self) -> None:
        self.calls: list[RecordedCall] = []
        self.fail_with: str | None = None  # a Slack error code, e.g. "channel_not_found"
        self.socket_url: str | None = None  # what apps.connections.open hands out
        self._changed = threading.Condition()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def api_url(self) -> str:
        return self.base + "/api/"

    def start(self) -> SlackApiRecorder:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def reset(self) -> None:
        with self._changed:
            self.calls.clear()
            self.fail_with = None

    def record(self, call: RecordedCall) -> None:
        with self._changed:
            self.calls.append(call)
            self._changed.notify_all()

    def wait_for(self, count: int, timeout: float = 10.0) -> list[RecordedCall]:
        """Block until `count` calls arrived; fail the test if they don't."""
        with self._changed:
            if not self._changed.wait_for(lambda: len(self.calls) >= count, timeout):
                raise AssertionError(f"expected {count} Slack API call(s), got {len(self.calls)}")
            return list(self.calls)

    def settle(self, quiet: float = 0.7) -> list[RecordedCall]:
        """The calls once nothing new has arrived for `quiet` seconds (duplicate checks)."""
        with self._changed:
            while self._changed.wait(quiet):
                pass
            return list(self.calls)

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                ctype = self.headers.get("Content-Type", "")
                body = json.loads(raw) if "json" in ctype else dict(parse_qsl(raw.decode()))
                recorder.record(RecordedCall(self.path, dict(self.headers.items()), body))
                if self.path.startswith("/api/"):
                    answer = recorder._api_answer(self.path, body)
                    self._reply(200, "application/json", json.dumps(answer))
                else:  # response_url
                    self._reply(200, "text/plain", "ok")

            def _reply(self, status: int, ctype: str, text: str) -> None:
                data = text.encode()
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        return Handler

    def _api_answer(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        if path.endswith("/apps.connections.open"):  # Socket Mode: a one-off WebSocket URL
            if not self.socket_url:
                return {"ok": False, "error": "invalid_auth"}
            return {"ok": True, "url": self.socket_url}
        if self.fail_with:
            return {**load_json("chat_postMessage.response.error.json"), "error": self.fail_with}
        answer = load_json("chat_postMessage.response.ok.json")
        answer["channel"] = body.get("channel", answer["channel"])
        answer["message"]["text"] = body.get("text", "")
        return answer


@contextmanager
def serving(app: FastAPI) -> Iterator[str]:
    """Run `app` with uvicorn on a free loopback port in a thread; yield its base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


class ScriptedEngine:
    """A stand-in engine: echoes, cites one talk, offers buttons on request, can be slow."""

    suggestions = ("what was said about serverless?", "which talks were at the summit?")

    def __init__(self, delay_seconds: float = 0.0) -> None:
        self.delay_seconds = delay_seconds
        self.turns: list[TurnInput] = []
        self._lock = threading.Lock()

    def turn(self, turn: TurnInput) -> TurnResult:
        time.sleep(self.delay_seconds)
        with self._lock:
            self.turns.append(turn)
        buttons = [Button(text="Serverless patterns", value="Serverless patterns")]
        reply = AskResponse(
            session_id=turn.session_id or "none",
            answer=f"You asked: {turn.text}",
            answered=True,
            intent="ask_question",
            citations=[
                Citation(
                    source="summit.txt",
                    title="Summit notes",
                    conference="AWS Summit London",
                    date="2019-05-08",
                    section="Serverless patterns",
                    speaker="Jane Doe",
                    snippet="...",
                    score=0.9,
                )
            ],
            buttons=buttons if "which talk" in turn.text.lower() else [],
            latency_ms=1.0,
        )
        return TurnResult(reply=reply, state=DialogueState())


class ClaimOnlyStore:
    """The session store's `claim`, in memory (enough for the Slack router)."""

    def __init__(self) -> None:
        self._keys: set[str] = set()
        self._lock = threading.Lock()

    def claim(self, key: str, ttl_seconds: int) -> bool:
        with self._lock:
            if key in self._keys:
                return False
            self._keys.add(key)
            return True


def slack_settings(**overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "slack_signing_secret": SECRET,
        "slack_bot_token": BOT_TOKEN,
        "slack_api_url": "http://127.0.0.1:9/api/",
    }
    return Settings(**(values | overrides))


def stub_app(engine: ScriptedEngine, settings: Settings) -> FastAPI:
    """Only the Slack router, with the app.state the real app provides."""
    app = FastAPI()
    app.state.engine = engine
    app.state.sessions = ClaimOnlyStore()
    app.include_router(build_router(settings))
    return app
