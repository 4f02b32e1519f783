"""How a message is worded, apart from what it asks: the courtesy around a question and
the small talk in it. Pure functions over text and the bot definition's examples, so the
understanding layer asks once and the same words mean the same everywhere."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from bot import lexicon
from bot.dialogue.definition import BotDefinition
from bot.schemas import SMALL_TALK
from bot.text import stem, tokens

# "ok, ..." / "thanks - ...": each alternative starts where a run of spaces does, so a
# long run is scanned once, not once per space
_CLAUSE_END = re.compile(r"(?<!\s)\s*[,.!;:]\s+|(?<!\s)\s+[-–—]+\s+")


def chat_words(definition: BotDefinition) -> frozenset[str]:
    """Stems of the bot definition's small-talk examples ("cool", "cheers"): naming one
    of them is not naming something in the notes."""
    said = [u for spec in definition.intents if spec.name in SMALL_TALK for u in spec.utterances]
    return frozenset(stem(w) for text in said for w in tokens(text))


def without_courtesy(text: str, chat: frozenset[str]) -> str:
    """The message without a courtesy clause before its question ("ok, thanks - what
    about X?"): a leading run of small-talk words up to a stop or a dash. A clause of
    function words only ("what is it, and …") is part of the question."""
    parts = _CLAUSE_END.split(text, maxsplit=1)
    if len(parts) < 2 or not tokens(parts[1]):
        return text
    stop = lexicon.load().stop_words
    words = {stem(w) for w in tokens(parts[0]) if w not in stop}
    return parts[1] if words and words <= chat else text


def without_chat(
    words: Iterable[str], chat: frozenset[str], known: Callable[[str], bool]
) -> list[str]:
    """Content words less the small talk the notes never use ("thanks", "cheers"): a
    word the notes do use stays, whatever else it is."""
    return [w for w in words if stem(w) not in chat or known(stem(w))]
