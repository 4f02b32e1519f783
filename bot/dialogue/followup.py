"""Resolving follow-ups from session memory: pronouns, ellipsis, "tell me more"."""

from __future__ import annotations

import re

from bot.turns import DialogueState

_PRONOUN = re.compile(
    r"\b(he|she|him|his|her|hers|they|them|their|that|this|those|these|it|its|there|same)\b", re.I
)
_ELLIPSIS = re.compile(r"^\s*(and|what about|how about|also|ok,? and|so)\b", re.I)
MORE = re.compile(
    r"^\s*(tell me more|more|go on|continue|keep going|what else|anything else|more please)"
    r"\b[\s?.!]*$",
    re.I,
)
_WHO_GAVE = re.compile(
    r"\bwho\b.*\b(gave|give|presented|present|ran|did|delivered|said)\b.*\b(that|this|it)\b|"
    r"\bwho (said|presented|gave) (that|this|it)\b",
    re.I,
)
_WHERE = re.compile(r"^\s*(and\s+)?(where|when) (was|is|did) (that|this|it)\b", re.I)
_WHAT_ELSE = re.compile(r"\bwhat else\b|\banything else\b", re.I)


def is_followup(text: str) -> bool:
    return bool(_PRONOUN.search(text) or _ELLIPSIS.search(text) or MORE.search(text))


def asks_who_gave_it(text: str) -> bool:
    return bool(_WHO_GAVE.search(text))


def asks_where_when(text: str) -> bool:
    return bool(_WHERE.search(text))


def asks_what_else(text: str) -> bool:
    return bool(_WHAT_ELSE.search(text))


def rewrite(text: str, state: DialogueState) -> str:
    """Add the remembered subject to a question that leans on the previous turn."""
    if not state.last_question or not (is_followup(text) or len(text.split()) <= 7):
        return text
    extra = [x for x in (state.topic,) if x]
    return f"{text} ({'; '.join(extra)})" if extra else text
