"""API session ids: issued by the server, filed under their caller.

A client never chooses where its conversation is stored: the public id is 128 random
bits the server issued, and it is stored as `api:<owner>:<id>`, where the owner is the
caller's API key fingerprint (or `open` without keys). So one key cannot read another's
sessions, and Slack or Lex conversations (`slack:…`, `lex:…`) are out of the API's reach.
"""

from __future__ import annotations

import secrets
import string

from bot.sessions.base import SessionStore

PUBLIC_LENGTH = 32  # hex digits: 128 bits
_HEX = frozenset(string.hexdigits.lower())


def well_formed(public: str | None) -> bool:
    return bool(public) and len(public) == PUBLIC_LENGTH and set(public) <= _HEX  # type: ignore[arg-type]


class SessionIds:
    def __init__(self, owner: str) -> None:
        self.prefix = f"api:{owner}:"

    def internal(self, public: str) -> str | None:
        """Where a public id is stored, or None for an id this API could not have issued."""
        return self.prefix + public if well_formed(public) else None

    def public(self, internal: str) -> str:
        return internal.removeprefix(self.prefix)

    def new(self) -> str:
        return self.prefix + secrets.token_hex(PUBLIC_LENGTH // 2)

    def resume_or_new(self, store: SessionStore, public: str | None) -> str:
        """The stored session for `public` when it exists for this caller, else a new id.
        (Blocking: the store may be Redis.)"""
        internal = self.internal(public) if public else None
        if internal is not None and store.get(internal) is not None:
            return internal
        return self.new()
