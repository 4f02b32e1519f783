"""Typos in questions: a word neither English nor the notes use, one slip from one they do.

"What's the max size of an s3 objcet?" finds nothing for "objcet" in BM25 and weakens
every word-overlap signal; "object" is one transposition away and common in the notes.
English words the notes happen not to use ("thanks", "rugby") are left alone: the English
word list comes with pyspellchecker. Only words of five letters or more are corrected, to
a word of the notes with the same first letter.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.recent import Recent
from bot.text import STOP

_WORD = re.compile(r"(?<!\w)[A-Za-z]{5,}(?!\w)")  # a whole word: "scout24" is a name, not a typo
MIN_COMPOUND = 8  # letters: shorter unknown words are typos, not two words run together


@lru_cache(maxsize=1)
def english_words() -> Container[str]:
    """pyspellchecker's English word list, read once per process: reading it is one long
    `json.loads` (about 57 ms) that holds the interpreter, which a live re-index would
    otherwise pay again while serving."""
    from spellchecker import SpellChecker

    words: Container[str] = SpellChecker(language="en", distance=1).word_frequency  # type: ignore[assignment]
    return words


class Speller:
    def __init__(self, counts: Counter[str], english: bool = True) -> None:
        self._english: Container[str] = english_words() if english else frozenset()
        self._counts = Counter({w: n for w, n in counts.items() if w.isalpha()})
        self._by_letter: dict[str, list[str]] = {}
        for word in counts:
            self._by_letter.setdefault(word[:1], []).append(word)
        self._done: Recent[str, str] = Recent(512)

    def correct(self, text: str) -> str:
        """The text with each unknown word replaced by the most used known word one slip
        away (two for words of nine letters or more); the text itself when none is."""
        done = self._done.get(text)
        if done is None:
            done = _WORD.sub(lambda m: self._word(m.group(0)), text)
            self._done.put(text, done)
        return done

    def _word(self, word: str) -> str:
        low = word.lower()
        if low in self._counts or low in STOP or low in self._english:
            return word
        joined = self._split(low)
        if joined:
            return joined
        limit = 2 if len(low) >= 9 else 1
        close = process.extract(
            low, self._by_letter.get(low[:1], []), scorer=OSA.distance, score_cutoff=limit, limit=5
        )
        if not close:
            return word
        best = min(close, key=lambda c: (c[1], -self._counts[c[0]]))[0]
        return best.upper() if word.isupper() else best.capitalize() if word[0].isupper() else best

    def _split(self, low: str) -> str | None:
        """A compound written as one word ("multitenancy") where the notes write two
        ("multi-tenancy"): the split whose rarer half the notes use most."""
        if len(low) < MIN_COMPOUND:
            return None
        splits = [
            (low[:i], low[i:])
            for i in range(3, len(low) - 2)
            if low[:i] in self._counts and low[i:] in self._counts
        ]
        if not splits:
            return None
        a, b = max(splits, key=lambda ab: min(self._counts[ab[0]], self._counts[ab[1]]))
        return f"{a} {b}"
