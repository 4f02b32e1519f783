"""In-process session store with an idle TTL and a budget in bytes: the default for one server.

The budget, not a count, bounds it: 100,000 one-turn sessions and 1,000 long ones
cost very different amounts of memory. The least recently used go first.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable

from bot.turns import DialogueState

ENTRY_OVERHEAD = 200  # bytes per entry beyond its JSON: key, tuple, dict slot
MAX_CLAIMS = 200_000  # Slack dedupe keys kept at most (about 30 MB); the oldest go first


class MemorySessionStore:
    def __init__(
        self,
        ttl_seconds: int,
        max_bytes: int = 64 << 20,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._ttl = ttl_seconds
        self._max_bytes = max_bytes
        self._clock = clock
        self._lock = threading.Lock()
        self._sessions: OrderedDict[str, tuple[float, str]] = OrderedDict()
        self._bytes = 0
        self._claims: OrderedDict[str, float] = OrderedDict()

    def _expired(self, stamp: float) -> bool:
        return self._clock() - stamp > self._ttl

    def _drop(self, session_id: str) -> bool:
        item = self._sessions.pop(session_id, None)
        if item is None:
            return False
        self._bytes -= len(session_id) + len(item[1]) + ENTRY_OVERHEAD
        return True

    def get(self, session_id: str) -> DialogueState | None:
        with self._lock:
            item = self._sessions.get(session_id)
            if item is None:
                return None
            if self._expired(item[0]):
                self._drop(session_id)
                return None
            return DialogueState.model_validate_json(item[1])

    def put(self, session_id: str, state: DialogueState) -> None:
        raw = state.model_dump_json()
        with self._lock:
            self._drop(session_id)
            self._sessions[session_id] = (self._clock(), raw)
            self._bytes += len(session_id) + len(raw) + ENTRY_OVERHEAD
            while self._bytes > self._max_bytes and len(self._sessions) > 1:
                self._drop(next(iter(self._sessions)))

    def delete(self, session_id: str) -> bool:
        with self._lock:
            return self._drop(session_id)

    def claim(self, key: str, ttl_seconds: int) -> bool:
        """First caller wins; expired claims are dropped from the oldest end, so a check
        costs the same with ten claims or a hundred thousand."""
        with self._lock:
            now = self._clock()
            while self._claims and next(iter(self._claims.values())) <= now:
                self._claims.popitem(last=False)
            expiry = self._claims.get(key)
            if expiry is not None and expiry > now:
                return False
            self._claims[key] = now + ttl_seconds
            while len(self._claims) > MAX_CLAIMS:
                self._claims.popitem(last=False)
            return True

    def ping(self) -> None:
        return None

    def count(self) -> int:
        return len(self._sessions)

    @property
    def bytes_used(self) -> int:
        return self._bytes
