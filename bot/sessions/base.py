"""The session store interface every implementation honours.

Two real implementations (in memory, Redis) share one contract test suite.
Besides conversation state it offers `claim`, a set-if-absent with a TTL,
which channels use to make redelivered webhooks idempotent across replicas.
"""

from __future__ import annotations

from typing import Protocol

from bot.turns import DialogueState


class SessionStore(Protocol):
    def get(self, session_id: str) -> DialogueState | None:
        """The session's state, or None when unknown or expired."""

    def put(self, session_id: str, state: DialogueState) -> None:
        """Store the state and (re)start its idle TTL."""

    def delete(self, session_id: str) -> bool:
        """Forget a session; True if it existed."""

    def claim(self, key: str, ttl_seconds: int) -> bool:
        """Atomically mark `key` as taken; True only for the first caller within the TTL."""

    def ping(self) -> None:
        """Raise `StoreUnavailable` when the backing service cannot be reached."""
