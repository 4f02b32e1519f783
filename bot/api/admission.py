"""Admission: a per-client rate limit and a global limit on engine work, both answered
at once with 429/503 and Retry-After instead of a queue that grows for seconds.

Only routes that run the engine are admitted here; health, metrics, pages and static
files never wait behind questions. Both limits are per process: with replicas, each
enforces its own share.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections import OrderedDict

from starlette.types import ASGIApp, Receive, Scope, Send

from bot.api.auth import bearer_key, fingerprint
from bot.api.edge import send_problem

ENGINE_PATHS = ("/v1/ask", "/v1/search", "/webhooks/")
RATE_LIMITED = ("/v1/", "/login")  # webhooks are signed by Slack / the Lex proxy: one client each
MAX_CLIENTS = 100_000  # buckets kept; the least recently seen are forgotten first


class TokenBuckets:
    """One token bucket per client, in bounded memory."""

    def __init__(self, rate: float, burst: int, clock=time.monotonic) -> None:
        self.rate, self.burst, self.clock = rate, burst, clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def take(self, client: str) -> float:
        """0 when admitted, else the seconds until a token is back."""
        now = self.clock()
        tokens, stamp = self._buckets.pop(client, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - stamp) * self.rate)
        wait = 0.0
        if tokens >= 1:
            tokens -= 1
        else:
            wait = (1 - tokens) / self.rate
        self._buckets[client] = (tokens, now)
        if len(self._buckets) > MAX_CLIENTS:
            self._buckets.popitem(last=False)
        return wait


def client_key(scope: Scope, keys: list[str]) -> str:
    """A configured API key's fingerprint when one is sent, else the client address
    (uvicorn has already applied X-Forwarded-For from trusted proxies). Only configured
    keys count: a made-up token per request must not buy a fresh bucket each time."""
    if keys:
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope.get("headers") or []}
        key = bearer_key(headers, keys)
        if key is not None:
            return "key:" + fingerprint(key)
    client = scope.get("client")
    return "ip:" + (client[0] if client else "-")


class Shed:
    """Requests turned away, for /metrics (the middleware itself is built lazily by Starlette)."""

    def __init__(self) -> None:
        self.count = 0


class Admission:
    def __init__(
        self,
        app: ASGIApp,
        *,
        rate: float,
        burst: int,
        max_inflight: int,
        max_queue: int,
        queue_timeout: float,
        shed: Shed,
        keys: list[str] | None = None,
    ) -> None:
        self.app = app
        self.keys = keys or []
        self.buckets = TokenBuckets(rate, burst) if rate > 0 else None
        self.slots = asyncio.Semaphore(max_inflight)
        self.max_waiting = max_queue
        self.waiting = 0
        self.queue_timeout = queue_timeout
        self.shed = shed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else ""
        limited = self.buckets is not None and path.startswith(RATE_LIMITED)
        engine = path.startswith(ENGINE_PATHS)
        if not limited and not engine:
            await self.app(scope, receive, send)
            return
        if limited:
            wait = self.buckets.take(client_key(scope, self.keys))  # type: ignore[union-attr]
            if wait:
                self.shed.count += 1
                retry = [(b"retry-after", str(max(1, math.ceil(wait))).encode())]
                await send_problem(send, 429, "too many requests", "slow down", retry)
                return
        if not engine:
            await self.app(scope, receive, send)
            return
        if not await self._acquire():
            self.shed.count += 1
            await send_problem(send, 503, "busy, retry shortly", None, [(b"retry-after", b"1")])
            return
        try:
            await self.app(scope, receive, send)
        finally:
            self.slots.release()

    async def _acquire(self) -> bool:
        """A slot now, or within the queue timeout; never more than `max_waiting` waiting."""
        if not self.slots.locked():
            await self.slots.acquire()
            return True
        if self.waiting >= self.max_waiting or self.queue_timeout <= 0:
            return False
        self.waiting += 1
        try:
            await asyncio.wait_for(self.slots.acquire(), self.queue_timeout)
            return True
        except TimeoutError:
            return False
        finally:
            self.waiting -= 1
