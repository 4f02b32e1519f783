"""Choice buttons whose values Lex would reject (over 50 characters) are shortened,
never dropped, and still mean what they said.

Lex sends a button's value back as the user's words. A title cut to 50
characters may no longer name its talk, so the cut values and the full ones are
kept in `sessionAttributes` until the next turn, where a transcript equal to a
cut value is read as the full one.
"""

from __future__ import annotations

import json
import logging

from bot.channels.lex.messages import clip
from bot.channels.lex.state import SESSION_ATTRIBUTES_LIMIT, attributes_size
from bot.schemas import Button

log = logging.getLogger(__name__)

CHOICES_KEY = "cnaChoices"
BUTTON_LIMIT = 50  # Lex button text and value: 1 to 50 characters
MAX_BUTTONS = 3


def cut(value: str, limit: int = BUTTON_LIMIT) -> str:
    """At a word when one fits, no ellipsis: the value is spoken back as it is."""
    value = " ".join(value.split())
    if len(value) <= limit:
        return value
    return value[:limit].rsplit(" ", 1)[0] or value[:limit]


def shorten(buttons: list[Button]) -> tuple[list[Button], dict[str, str]]:
    """Up to three buttons within Lex's limits, and {cut value: full value} for each cut."""
    shown: list[Button] = []
    full: dict[str, str] = {}
    for button in buttons:
        text, value = clip(button.text, BUTTON_LIMIT), cut(button.value)
        if not text or not value:
            continue
        if value in full and full[value] != button.value:  # two titles cut alike: tell apart
            value = cut(value, BUTTON_LIMIT - 4) + f" ({len(shown) + 1})"
        if value != " ".join(button.value.split()):
            full[value] = button.value
        shown.append(Button(text=text, value=value))
        if len(shown) == MAX_BUTTONS:
            break
    return shown, full


def remember(attributes: dict[str, str], full: dict[str, str]) -> dict[str, str]:
    """The attributes with this turn's choices (and without the last turn's)."""
    kept = {k: v for k, v in attributes.items() if k != CHOICES_KEY}
    if not full:
        return kept
    candidate = {**kept, CHOICES_KEY: json.dumps(full, ensure_ascii=False, separators=(",", ":"))}
    if attributes_size(candidate) > SESSION_ATTRIBUTES_LIMIT:
        log.warning("Lex session attributes too full to remember shortened choices")
        return kept
    return candidate


def expand(transcript: str, attributes: dict[str, str]) -> str:
    """The full value behind a shortened choice the user picked, else the transcript."""
    raw = attributes.get(CHOICES_KEY)
    if not raw or len(raw) > SESSION_ATTRIBUTES_LIMIT:
        return transcript
    try:
        full = json.loads(raw)
    except ValueError:
        return transcript
    if not isinstance(full, dict):
        return transcript
    value = full.get(" ".join(transcript.split()))
    return value if isinstance(value, str) and value.strip() else transcript
