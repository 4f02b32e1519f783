"""A language model's side of the OpenAI chat-completions protocol, on loopback.

`POST /v1/chat/completions` answers from the script the test set: a streamed reply
(`text/event-stream`, `data: {chunk}` lines, then `data: [DONE]`), or one JSON body;
an HTTP error; a reply that starts late (a timeout); or a stream that stops sending
(stalled). A script's tokens may be a function of the prompt, so a test can cite the
passage the prompt numbered. Every request is recorded with its headers, its body and
when the first token was written, so a test can check what the bot sent and how fast
it passed tokens on.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Tokens = list[str] | Callable[[str], list[str]]


@dataclass
class Script:
    tokens: Tokens = field(default_factory=list)
    status: int = 200
    delay: float = 0.0  # before the status line: longer than the bot's timeout = a timeout
    gap: float = 0.0  # between tokens
    stall_after: int | None = None  # send this many tokens, then nothing more
    as_json: bool = False  # one JSON body instead of a stream
    usage: dict[str, int] | None = None


@dataclass
class Recorded:
    headers: dict[str, str]
    body: dict[str, Any]
    first_token_at: float | None = None  # time.time() when the first token was written
    error: str | None = None  # the script itself failed (a broken test, not a scripted failure)

    @property
    def prompt(self) -> str:
        return "\n".join(m.get("content", "") for m in self.body.get("messages", []))


def passages(prompt: str) -> dict[int, str]:
    """The numbered passages of a prompt: number -> heading and text."""
    found: dict[int, str] = {}
    number = None
    for line in prompt.splitlines():
        if line.startswith("[") and "]" in line and line[1 : line.index("]")].isdigit():
            number = int(line[1 : line.index("]")])
            found[number] = line
        elif number is not None and line.strip():
            found[number] += "\n" + line
    return found


class ModelStandIn:
    def __init__(self) -> None:
        self.script = Script()
        self.requests: list[Recorded] = []
        self._release = threading.Event()
        standin = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                standin._serve(self)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def start(self) -> ModelStandIn:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._release.set()
        self._server.shutdown()
        self._server.server_close()

    def reset(self, script: Script) -> None:
        self.script = script
        self.requests.clear()

    def _serve(self, handler: BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("content-length") or 0)
        body = json.loads(handler.rfile.read(length) or b"{}")
        record = Recorded({k.lower(): v for k, v in handler.headers.items()}, body)
        self.requests.append(record)
        script = self.script
        if handler.path != "/v1/chat/completions":
            return self._send(handler, 404, {"error": {"message": "not found"}})
        if script.delay and self._release.wait(script.delay):
            return
        if script.status != 200:
            return self._send(handler, script.status, {"error": {"message": "scripted"}})
        try:
            tokens = script.tokens(record.prompt) if callable(script.tokens) else script.tokens
        except Exception as exc:
            record.error = repr(exc)
            raise
        if script.as_json:
            record.first_token_at = time.time()
            message = {"role": "assistant", "content": "".join(tokens)}
            reply = {"choices": [{"index": 0, "message": message, "finish_reason": "stop"}]}
            return self._send(handler, 200, {**reply, "usage": script.usage or {}})
        handler.send_response(200)
        handler.send_header("content-type", "text/event-stream")
        handler.send_header("cache-control", "no-cache")
        handler.send_header("connection", "close")
        handler.end_headers()
        try:
            for i, token in enumerate(tokens):
                if script.stall_after is not None and i >= script.stall_after:
                    self._release.wait(60)  # stalled: hold the connection, send nothing
                    return
                chunk = {"choices": [{"index": 0, "delta": {"content": token}}]}
                if record.first_token_at is None:
                    record.first_token_at = time.time()
                self._write(handler, chunk)
                if script.gap:
                    time.sleep(script.gap)
            if script.usage:
                self._write(handler, {"choices": [], "usage": script.usage})
            handler.wfile.write(b"data: [DONE]\n\n")
            handler.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the bot gave up on us

    @staticmethod
    def _write(handler: BaseHTTPRequestHandler, chunk: dict[str, Any]) -> None:
        handler.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
        handler.wfile.flush()

    @staticmethod
    def _send(handler: BaseHTTPRequestHandler, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        handler.send_response(status)
        handler.send_header("content-type", "application/json")
        handler.send_header("content-length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)
