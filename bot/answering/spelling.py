"""Typos in questions: a word neither English nor the notes use, one slip from one they do.

"What's the max size of an s3 objcet?" finds nothing for "objcet" in BM25 and weakens
every word-overlap signal; "object" is one transposition away and common in the notes.
English words the notes happen not to use ("thanks", "rugby") are left alone: the English
word list comes with pyspellchecker. Words of five letters or more are corrected to a word
of the notes with the same first letter; four-letter ones only for two swapped letters
("tlak"). Chat shorthand the notes do not use ("ppl", the lexicon's list) is written
out, and a word split in two ("cloud 9", "dynamo db") is joined where the notes write it
as one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Container
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


_SPLIT_WORD = re.compile(r"(?<![\w-])([A-Za-z]{2,})[ -](\d{1,2}|[A-Za-z]{1,2})(?![\w-])")
_SHORT = re.compile(r"(?<!\w)[A-Za-z]{4}(?!\w)")


class Speller:
    def __init__(
        self,
        counts: Counter[str],
        english: bool = True,
        shorthand: dict[str, str] | None = None,
        known: Callable[[str], bool] | None = None,
    ) -> None:
        self._english: Container[str] = english_words() if english else frozenset()
        self._counts = Counter({w: n for w, n in counts.items() if w.isalpha()})
        kept = {k: v for k, v in (shorthand or {}).items() if k not in self._counts}
        self._shorthand = kept
        self._short_form = (
            re.compile(
                rf"(?<![\w/])(?:{'|'.join(map(re.escape, sorted(kept, key=len)[::-1]))})(?![\w/])",
                re.I,
            )
            if kept
            else None
        )
        self._known = known
        self._by_letter: dict[str, list[str]] = {}
        for word in counts:
            self._by_letter.setdefault(word[:1], []).append(word)
        self._done: Recent[str, str] = Recent(512)

    def correct(self, text: str) -> str:
        """The text with each unknown word replaced by the most used known word one slip
        away (two for words of nine letters or more); the text itself when none is."""
        done = self._done.get(text)
        if done is None:
            done = text
            if self._known is not None:
                done = _SPLIT_WORD.sub(self._joined, done)
            if self._short_form is not None:
                done = self._short_form.sub(lambda m: self._shorthand[m.group(0).lower()], done)
            done = _WORD.sub(lambda m: self._word(m.group(0)), done)
            done = _SHORT.sub(lambda m: self._swapped(m.group(0)), done)
            self._done.put(text, done)
        return done

    def _joined(self, match: re.Match[str]) -> str:
        """ "cloud 9" as "cloud9" when the notes write that and not the two words."""
        a, b = match.group(1), match.group(2)
        both = f"{a}{b}".lower()
        if a.lower() in self._counts and b.lower() in self._counts:
            return match.group(0)  # two words the notes use: most likely meant as two
        return both if self._known is not None and self._known(both) else match.group(0)

    def _swapped(self, word: str) -> str:
        """A four-letter word the notes and English lack, with two letters swapped."""
        low = word.lower()
        if low in self._counts or low in STOP or low in self._english:
            return word
        for i in range(3):
            swapped = low[:i] + low[i + 1] + low[i] + low[i + 2 :]
            if swapped in self._counts:
                return swapped
        return word

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
