"""Lex names are the PascalCase of ours (ask_question <-> AskQuestion, talk <-> Talk).

One pair of functions so the parser, the response builder and the exporter
cannot drift apart on how a name is spelled.
"""

from __future__ import annotations

from bot.schemas import INTENTS, SLOT_NAMES

FALLBACK_INTENT = "FallbackIntent"


def to_lex(name: str) -> str:
    """PascalCase of a snake_case name: the spelling Lex console users expect."""
    return "".join(part[:1].upper() + part[1:] for part in name.split("_") if part)


_INTENT_FROM_LEX = {to_lex(name): name for name in INTENTS}
_SLOT_FROM_LEX = {to_lex(name): name for name in SLOT_NAMES}


def intent_from_lex(name: str | None) -> str | None:
    """Our intent for a Lex intent name; None for FallbackIntent or anything not ours,
    so the engine classifies the transcript itself."""
    if not name:
        return None
    return _INTENT_FROM_LEX.get(name)


def slot_from_lex(name: str) -> str | None:
    """Our slot for a Lex slot name; None for slots this bot does not define."""
    return _SLOT_FROM_LEX.get(name)
