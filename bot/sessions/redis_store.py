"""Redis session store: state survives restarts and is shared by every replica."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from bot.errors import StoreUnavailable
from bot.sessions.base import SessionStore
from bot.turns import DialogueState

T = TypeVar("T")
PREFIX = "bot:session:"
CLAIM_PREFIX = "bot:claim:"


class RedisSessionStore:
    def __init__(self, url: str, ttl_seconds: int) -> None:
        import redis

        self._errors = (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError)
        self._client = redis.Redis.from_url(
            url, socket_timeout=2, socket_connect_timeout=2, decode_responses=True
        )
        self._ttl = ttl_seconds

    def _call(self, fn: Callable[..., T], *args: object) -> T:
        try:
            return fn(*args)
        except self._errors as exc:
            raise StoreUnavailable(f"session store unreachable: {exc}") from exc

    def get(self, session_id: str) -> DialogueState | None:
        raw = self._call(self._client.get, PREFIX + session_id)
        return DialogueState.model_validate_json(raw) if raw else None

    def put(self, session_id: str, state: DialogueState) -> None:
        self._call(self._client.set, PREFIX + session_id, state.model_dump_json(), self._ttl)

    def delete(self, session_id: str) -> bool:
        return bool(self._call(self._client.delete, PREFIX + session_id))

    def claim(self, key: str, ttl_seconds: int) -> bool:
        return bool(
            self._call(lambda: self._client.set(CLAIM_PREFIX + key, "1", nx=True, ex=ttl_seconds))
        )

    def ping(self) -> None:
        self._call(self._client.ping)

    def count(self, limit: int = 100_000) -> int:
        """Sessions stored, counted up to `limit` (a scan: for metrics, not per request)."""

        def scan() -> int:
            seen = 0
            for _ in self._client.scan_iter(match=PREFIX + "*", count=1000):
                seen += 1
                if seen >= limit:
                    break
            return seen

        return int(self._call(scan))


def open_store(url: str, ttl_seconds: int, max_bytes: int = 64 << 20) -> SessionStore:
    """memory:// (default) or redis://… from BOT_SESSION_URL."""
    if url.startswith(("redis://", "rediss://", "unix://")):
        return RedisSessionStore(url, ttl_seconds)
    from bot.sessions.memory import MemorySessionStore

    return MemorySessionStore(ttl_seconds, max_bytes=max_bytes)
