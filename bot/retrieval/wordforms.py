"""A question's words in the notes' own form. People write "capital one" where the notes
write "CapitalOne", or "antipattern" where the notes write "anti patterns"; BM25 and
the answer's coverage count only the notes' form. Pure functions over a vocabulary."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from bot.text import stem

LONGEST = 30  # letters: a compound worth splitting, not a run of characters


def as_written(
    words: list[str], text: str, known: Callable[[str], bool], idf: Mapping[str, float]
) -> list[str]:
    """Two words written side by side that the notes write as one are joined; one word
    the notes never use that they write as two is split. `known` and `idf` take stems."""
    out: list[str] = []
    lowered = " ".join(text.lower().split())
    i = 0
    while i < len(words):
        pair = words[i : i + 2]
        joined = "".join(pair).lower()
        apart = len(pair) == 2 and f"{pair[0]} {pair[1]}".lower() in lowered
        if apart and known(stem(joined)):
            out.append(joined)
            i += 2
            continue
        out.extend(_split(words[i], known, idf))
        i += 1
    return out


def _split(word: str, known: Callable[[str], bool], idf: Mapping[str, float]) -> list[str]:
    """The two halves the notes know, the rarer pair when there are several."""
    if not 8 <= len(word) <= LONGEST or not word.isalpha() or known(stem(word)):
        return [word]
    halves = [
        (word[:i], word[i:])
        for i in range(3, len(word) - 2)
        if known(stem(word[:i])) and known(stem(word[i:]))
    ]
    if not halves:
        return [word]
    left, right = max(halves, key=lambda h: min(idf[stem(h[0])], idf[stem(h[1])]))
    return [left, right]
