"""Session state that survives a re-index.

A conversation remembers the passages it cited by id, and every index build numbers
passages afresh: after a live re-index, "who gave that talk?" would look up some other
passage. So each engine's store is wrapped: ids are written as keys that do not depend
on the build (the file, its content hash, the passage's position in it) and read back
as the current build's ids. A passage whose note changed is forgotten, never confused.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

from bot.sessions.base import SessionStore
from bot.turns import DialogueState

POSITION_BITS = 20  # positions within one note stay far below a million


def stable_key(source: str, sha256: str, position: int) -> int:
    """A JSON-safe integer naming one passage of one version of one note."""
    digest = hashlib.blake2b(f"{source}\0{sha256}".encode(), digest_size=5).digest()
    return (int.from_bytes(digest, "big") << POSITION_BITS) | (
        position & ((1 << POSITION_BITS) - 1)
    )


class PassageKeys:
    """Both directions between one build's passage ids and stable keys."""

    def __init__(self, keys: Sequence[tuple[str, str, int]]) -> None:
        self._stable = [stable_key(*k) for k in keys]
        self._local = {key: pid for pid, key in enumerate(self._stable)}

    def stable(self, ids: Iterable[int]) -> list[int]:
        return [self._stable[i] for i in ids if 0 <= i < len(self._stable)]

    def local(self, keys: Iterable[int]) -> list[int]:
        return [self._local[k] for k in keys if k in self._local]


class BuildSessions:
    """A `SessionStore` for one engine: the shared store underneath, ids made portable."""

    def __init__(self, store: SessionStore, keys: PassageKeys) -> None:
        self.store = store
        self._keys = keys

    def local(self, state: DialogueState) -> DialogueState:
        """A state read from outside (the store, Lex's session attributes), in this build's ids."""
        state.last_sources = self._keys.local(state.last_sources)
        state.shown = self._keys.local(state.shown)
        return state

    def portable(self, state: DialogueState) -> DialogueState:
        """A copy to keep outside this build: ids become build-independent keys."""
        return state.model_copy(
            update={
                "last_sources": self._keys.stable(state.last_sources),
                "shown": self._keys.stable(state.shown),
            }
        )

    def get(self, session_id: str) -> DialogueState | None:
        state = self.store.get(session_id)
        return self.local(state) if state is not None else None

    def put(self, session_id: str, state: DialogueState) -> None:
        self.store.put(session_id, self.portable(state))

    def delete(self, session_id: str) -> bool:
        return self.store.delete(session_id)

    def claim(self, key: str, ttl_seconds: int) -> bool:
        return self.store.claim(key, ttl_seconds)

    def ping(self) -> None:
        self.store.ping()
