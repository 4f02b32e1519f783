"""Acronyms the notes define ("Internet Gateways (IGW)"), so either form finds the other.

Notes define an acronym once and use it after: "The IGW has two main purposes"
answers a question about internet gateways, though it never spells them out.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

from bot.text import tokens

_DEFINED = re.compile(r"((?:[A-Z][A-Za-z]+\s+){0,5}[A-Z][A-Za-z]+)\s+\(([A-Z][A-Za-z0-9]{1,7})\)")


def _spelled(acronym: str) -> str:
    """Its letters, a digit repeating the letter before it: "S3" -> "sss", "EC2" -> "ecc"."""
    out = ""
    for c in acronym.lower():
        out += out[-1] * (int(c) - 1) if c.isdigit() and out else c if c.isalpha() else ""
    return out[:-1] if acronym.endswith("s") else out  # "NACLs": a plural


def _abbreviates(letters: str, words: list[str]) -> bool:
    """Each word gives the next letters, starting with its initial ("IGW": Internet GateWay,
    "NACL": Network Access Control Lists)."""
    if not words:
        return not letters
    word = words[0].lower()
    if not letters or word[0] != letters[0]:
        return False
    rest, pos = letters[1:], 1
    while True:  # this word may also give some of the letters after its initial
        if _abbreviates(rest, words[1:]):
            return True
        if not rest or rest[0] not in word[pos:]:
            return False
        pos = word.index(rest[0], pos) + 1
        rest = rest[1:]


def definitions(texts: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Acronym (lower case) -> the words it stands for, from "Long Name (LN)" in the notes."""
    found: dict[str, tuple[str, ...]] = {}
    for text in texts:
        for match in _DEFINED.finditer(text):
            words, acronym = match.group(1).split(), match.group(2)
            letters = _spelled(acronym)
            for start in range(len(words) - 1, -1, -1):  # the shortest run of words that fits
                if _abbreviates(letters, words[start:]):
                    found.setdefault(
                        acronym.removesuffix("s").lower(), tuple(w.lower() for w in words[start:])
                    )
                    break
    return found


def rare(found: dict[str, tuple[str, ...]], texts: list[str]) -> dict[str, tuple[str, ...]]:
    """Bar acronyms in a tenth of the passages or more ("AWS"): they tell nothing apart."""
    used = Counter(w for t in texts for w in set(tokens(t)) if w in found)
    return {a: w for a, w in found.items() if used[a] < len(texts) * 0.1}


Pairs = list[tuple[str, frozenset[str]]]


def stem_pairs(found: dict[str, tuple[str, ...]], stem: Callable[[str], str]) -> Pairs:
    """Each acronym with its long form, both as stems (what sentences are compared in)."""
    return [(stem(short), frozenset(stem(w) for w in words)) for short, words in found.items()]


def with_acronyms(words: frozenset[str], pairs: Pairs) -> frozenset[str]:
    """A sentence's stems, plus the long form of each acronym it uses, and the reverse."""
    extra: set[str] = set()
    for short, long in pairs:
        if short in words:
            extra |= long
        elif long <= words:
            extra.add(short)
    return words | extra if extra else words


_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_LOWER_WORD = re.compile(r"\b[a-z]{2,6}\b")


def used_undefined(texts: list[str], defined: Iterable[str]) -> frozenset[str]:
    """Rare all-letter acronyms (lower case) the notes use but never spell out ("RRS" in
    a storage table). A word the notes also write in lower case ("ACCESS", "DAY") is
    shouting, not an acronym."""
    written = {a.lower() for t in texts for a in _ACRONYM.findall(t)}
    skip = set(defined) | {w for t in texts for w in _LOWER_WORD.findall(t)}
    return frozenset(rare({a: (a,) for a in written - skip}, texts))


_TITLE_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b")


def spell_out(text: str, acronyms: frozenset[str]) -> str:
    """A capitalised name the notes only abbreviate gets the acronym after it, as notes
    define one: "Reduced Redundancy Storage" -> "Reduced Redundancy Storage (rrs)". In
    lower case: a search word, not one more name the evidence must use (the answer may
    spell it out, as the question did)."""
    out, last = [], 0
    for match in _TITLE_RUN.finditer(text):
        words = match.group(0).split()
        for start in range(len(words) - 1):  # the longest run ending the name: not "The"
            initials = "".join(w[0] for w in words[start:]).lower()
            if initials in acronyms and initials not in tokens(text):
                out += [text[last : match.end()], f" ({initials})"]
                last = match.end()
                break
    return "".join(out) + text[last:] if out else text
