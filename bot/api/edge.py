"""The outermost layer of every request: id, Host check, bounded body, access line, no 500 leaks.

A pure ASGI middleware, so it sees the body as it streams: a 500 MB chunked upload is
refused at the limit, before any route (or Slack's signature check) buffers it, and a
body that trickles in slower than the timeout is cut off. Errors nobody handled become
a JSON 500 naming only the request id, and the connection stays open for the next one.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import Callable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bot.api import context

log = logging.getLogger("bot.api")
access = logging.getLogger("bot.access")
BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
Observer = Callable[[Scope, int, float], None]


def problem_bytes(error: str, detail: object = None) -> bytes:
    return json.dumps({"error": error, "detail": detail}).encode()


async def send_problem(
    send: Send, status: int, error: str, detail: object = None, headers: list | None = None
) -> None:
    body = problem_bytes(error, detail)
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                *(headers or []),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class Edge:
    def __init__(
        self,
        app: ASGIApp,
        *,
        allowed_hosts: list[str],
        max_body_bytes: int,
        body_timeout: float,
        access_log: bool,
        observe: Observer | None = None,
    ) -> None:
        self.app = app
        self.any_host = "*" in allowed_hosts
        self.hosts = frozenset(h.lower() for h in allowed_hosts)
        self.max_body = max_body_bytes
        self.body_timeout = body_timeout
        self.access_log = access_log
        self.observe = observe

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        rid = context.accept_or_new(headers.get(b"x-request-id", b"").decode("latin-1"))
        token = context.request_id.set(rid)
        started = time.perf_counter()
        status = [0]

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
                message = {
                    **message,
                    "headers": [*message.get("headers", []), (b"x-request-id", rid.encode())],
                }
            await send(message)

        try:
            await self._handle(scope, receive, send_with_id, headers)
        finally:
            elapsed = time.perf_counter() - started
            if self.observe is not None:
                self.observe(scope, status[0], elapsed)
            if self.access_log:
                client = scope.get("client") or ("-", 0)
                # The raw, still percent-encoded path: a decoded "%0A" cannot forge a log line.
                path = (scope.get("raw_path") or scope.get("path", "").encode()).decode("latin-1")
                access.info(
                    '%s "%s %s" %d %.1f ms',
                    client[0],
                    scope.get("method"),
                    path,
                    status[0],
                    elapsed * 1000,
                )
            context.request_id.reset(token)

    async def _handle(self, scope: Scope, receive: Receive, send: Send, headers: dict) -> None:
        host = headers.get(b"host", b"").decode("latin-1").lower()
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        if not self.any_host and name not in self.hosts:
            await send_problem(send, 400, "host not allowed", "set BOT_ALLOWED_HOSTS")
            return
        if scope.get("method") in BODY_METHODS:
            body = await self._read_body(receive, send, headers)
            if body is None:
                return
            receive = _replay(body, receive)
        try:
            await self.app(scope, receive, send)
        except Exception:
            log.exception("unhandled error on %s %s", scope.get("method"), scope.get("path"))
            # If the response had started, nothing more can be said on this connection.
            with contextlib.suppress(RuntimeError):
                await send_problem(
                    send, 500, "internal error", {"request_id": context.request_id.get()}
                )

    async def _read_body(self, receive: Receive, send: Send, headers: dict) -> bytes | None:
        """The whole body, or None after answering 413/408/400 (and closing: the rest of an
        oversized body is never read)."""
        close = [(b"connection", b"close")]
        declared = headers.get(b"content-length")
        if declared is not None:
            if not declared.isdigit():
                await send_problem(send, 400, "bad content-length", None, close)
                return None
            if int(declared) > self.max_body:
                await send_problem(
                    send, 413, "request body too large", f"limit is {self.max_body} bytes", close
                )
                return None
        chunks: list[bytes] = []
        size = 0
        try:
            async with asyncio.timeout(self.body_timeout):
                while True:
                    message = await receive()
                    if message["type"] == "http.disconnect":
                        return None
                    chunk = message.get("body", b"")
                    size += len(chunk)
                    if size > self.max_body:
                        await send_problem(
                            send,
                            413,
                            "request body too large",
                            f"limit is {self.max_body} bytes",
                            close,
                        )
                        return None
                    chunks.append(chunk)
                    if not message.get("more_body", False):
                        return b"".join(chunks)
        except TimeoutError:
            await send_problem(
                send, 408, "request body too slow", f"send it within {self.body_timeout:g} s", close
            )
            return None


def _replay(body: bytes, original: Receive) -> Receive:
    """Hands the buffered body over once, then reports what the connection does next."""
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await original()

    return receive
