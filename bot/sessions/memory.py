"""In-process session store with an idle TTL: the default for a single server."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict

from bot.turns import DialogueState

MAX_SESSIONS = 10_000


class MemorySessionStore:
    def __init__(self, ttl_seconds: int, clock=time.monotonic) -> None:  # type: ignore[no-untyped-def]
        self._ttl = ttl_seconds
        self._clock = clock
        self._lock = threading.Lock()
        self._sessions: OrderedDict[str, tuple[float, str]] = OrderedDict()
        self._claims: dict[str, float] = {}

    def _expired(self, stamp: float) -> bool:
        return self._clock() - stamp > self._ttl

    def get(self, session_id: str) -> DialogueState | None:
        with self._lock:
            item = self._sessions.get(session_id)
            if item is None:
                return None
            if self._expired(item[0]):
                del self._sessions[session_id]
                return None
            return DialogueState.model_validate_json(item[1])

    def put(self, session_id: str, state: DialogueState) -> None:
        with self._lock:
            self._sessions[session_id] = (self._clock(), state.model_dump_json())
            self._sessions.move_to_end(session_id)
            while len(self._sessions) > MAX_SESSIONS:
                self._sessions.popitem(last=False)

    def delete(self, session_id: str) -> bool:
        with self._lock:
            return self._sessions.pop(session_id, None) is not None

    def claim(self, key: str, ttl_seconds: int) -> bool:
        with self._lock:
            now = self._clock()
            self._claims = {k: t for k, t in self._claims.items() if t > now}
            if key in self._claims:
                return False
            self._claims[key] = now + ttl_seconds
            return True

    def ping(self) -> None:
        return None
