"""Carry our DialogueState inside Lex `sessionAttributes`.

Lex hands the attributes back on every turn, so any replica (or a restarted
one) continues the conversation without the session store. Lex allows only a
string-to-string map of at most 12 KB, so the state is compact JSON under one
key, without history, and is trimmed (or left out) rather than ever breaking
the limit or touching the caller's own keys.
"""

from __future__ import annotations

import json
import logging

from pydantic import ValidationError

from bot.turns import DialogueState

logger = logging.getLogger(__name__)

STATE_KEY = "cnaState"
SESSION_ATTRIBUTES_LIMIT = 12 * 1024
_MAX_STATE_CHARS = SESSION_ATTRIBUTES_LIMIT  # never parse something Lex could not have sent


def attributes_size(attributes: dict[str, str]) -> int:
    """Bytes of the map as compact UTF-8 JSON: a conservative reading of Lex's 12 KB."""
    return len(json.dumps(attributes, ensure_ascii=False, separators=(",", ":")).encode())


def load_state(attributes: dict[str, str]) -> DialogueState | None:
    """Our state from a previous turn, or None when absent or unreadable (a client
    can set attributes itself, so a bad value starts a fresh conversation, not a 500)."""
    raw = attributes.get(STATE_KEY)
    if not raw or len(raw) > _MAX_STATE_CHARS:
        return None
    try:
        return DialogueState.model_validate_json(raw)
    except (ValidationError, ValueError):
        logger.info("ignoring unreadable Lex session state")
        return None


def store_state(attributes: dict[str, str], state: DialogueState) -> dict[str, str]:
    """The caller's attributes plus our state, guaranteed to fit the 12 KB limit
    whenever the caller's own keys do."""
    base = {k: v for k, v in attributes.items() if k != STATE_KEY}
    for payload in _compact_candidates(state):
        candidate = {**base, STATE_KEY: payload}
        if attributes_size(candidate) <= SESSION_ATTRIBUTES_LIMIT:
            return candidate
    logger.warning("Lex session attributes too large to carry dialogue state")
    return base


def _compact_candidates(state: DialogueState) -> list[str]:
    """Ever smaller encodings, from the full state (minus history) to the bare slots."""
    full = state.model_dump(mode="json", exclude={"history"}, exclude_defaults=True)
    trimmed = dict(full)
    for key in ("shown", "cited", "frames", "entities"):
        if key in trimmed:
            trimmed[key] = trimmed[key][-20:]
    if isinstance(trimmed.get("last_question"), str):
        trimmed["last_question"] = trimmed["last_question"][:500]
    bare = {k: v for k, v in trimmed.items() if k not in ("shown", "cited", "frames", "entities")}
    slots_only = {
        k: (v[:200] if isinstance(v, str) else v)
        for k, v in bare.items()
        if k
        in (
            "conference",
            "speaker",
            "talk",
            "topic",
            "last_intent",
            "pending_intent",
            "pending_slot",
        )
    }
    return [_dumps(d) for d in (full, trimmed, bare, slots_only)]


def _dumps(data: dict[str, object]) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
