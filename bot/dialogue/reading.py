"""Reading a question once: what kind of reply it wants and what it is about.

Cue phrases come from the lexicon; the functions here only apply them. The
result feeds the `Question` the answering layer receives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot import lexicon
from bot.answering.types import BROAD, COMPARE, ITEMS, SPECIFIC
from bot.text import STOP, content_words, tokens

# Order matters: the first type whose cue a question uses is the one it asks for.
EXPECT_ORDER = (
    "count", "link", "money", "duration", "size", "date", "person", "number", ITEMS, "name",
)  # fmt: skip
_PAIR = re.compile(
    r"\b(?:between|compare|comparing|of)\s+(?P<a>.+?)\s+(?:and|&|with|to|vs\.?|versus)\s+(?P<b>.+?)"
    r"(?:\s+(?:in|at|for|according|from|on|when)\b.*)?[?.!]*$",
    re.I,
)
_VERSUS = re.compile(
    r"(?P<a>[\w .:/+-]+?)\s+(?:vs\.?|versus|or|compared (?:to|with))\s+(?P<b>[\w .:/+-]+?)[?.!]*$",
    re.I,
)


@dataclass(frozen=True)
class Reading:
    kind: str
    expects: str | None
    compared: tuple[str, ...]


_CLAUSE = re.compile(r"\s+[-\u2013\u2014]\s+|[,;:?]")  # where a phrase stops naming a thing


def _thing(phrase: str, first: bool) -> str:
    """A compared thing without the words around it ("the cheaper s3" -> "s3"). The
    first thing ends where the comparison starts, so its last words name it; the second
    starts there, so its first words do ("ebs - what happens to it" -> "ebs")."""
    parts = _CLAUSE.split(phrase)
    words = [w for w in tokens(parts[-1] if first else parts[0]) if w not in STOP]
    lex = lexicon.load()
    words = [w for w in words if not lex.comparative.fullmatch(w)]
    return " ".join(words[-3:] if first else words[:3])


def compared_things(text: str) -> tuple[str, ...]:
    match = _PAIR.search(text) or _VERSUS.search(text.split(",")[-1].strip())
    if not match:
        return ()
    pair = (_thing(match.group("a"), True), _thing(match.group("b"), False))
    things = tuple(t for t in pair if t)
    return things if len(things) == 2 and things[0] != things[1] else ()


def read(text: str) -> Reading:
    lex = lexicon.load()
    expects = next((kind for kind in EXPECT_ORDER if _asks_for(kind, text, lex)), None)
    if expects == "name" and _asks_for_talk(text):
        expects = None  # "which talk ...": the citation names it
    compares = bool(lex.compare.search(text)) or (
        bool(lex.comparative.search(text)) and bool(re.search(r"\bor\b", text, re.I))
    )
    things = compared_things(text) if compares else ()
    if compares and things:
        kind = COMPARE
    elif lex.broad.search(text) and expects in (None, "person", ITEMS):
        kind = BROAD
    else:
        kind = SPECIFIC
    if kind == BROAD or (kind == COMPARE and expects == "name"):
        expects = None  # "which is cheaper, a or b?" asks to choose, not for a new name
    return Reading(kind, expects, things)


_WHEN_HABIT = re.compile(r"\bwhen\s+(?:do|does|should|would|could|can|must|to)\b", re.I)
_CLAUSE_WHEN = re.compile(r"^(?:\S+\s+){2,}when\b", re.I)  # "... go up when they added ..."


def _asks_for(kind: str, text: str, lex: lexicon.Lexicon) -> bool:
    """Does the message ask for this kind of answer? "When" opens a question about a
    date, but a "when" deep inside one ("how much did X go up when Y") opens a clause."""
    found = [m.group(0).lower() for m in lex.expects[kind].finditer(text)]
    if kind == "date" and found and all(f == "when" for f in found):
        habit = _WHEN_HABIT.search(text)  # "when do notebooks get killed": a condition
        if habit and not lex.date_verbs.search(text[habit.end() :]):
            return False
        return not _CLAUSE_WHEN.search(text)
    if kind == "name" and found and all(f == "which" for f in found):
        return not _CHOICE.search(text)  # "which one wins?": a choice among things said
    return bool(found)


_CHOICE = re.compile(r"\bwhich\s+(?:one|ones|of|is|are|was|were|would|will|should)\b", re.I)


def _asks_for_talk(text: str) -> bool:
    """Does the message ask which talk or event ("which session covered ...")?"""
    lex = lexicon.load()
    after = re.search(r"\b(?:which|what)\s+(?:\S+\s+)?(\S+)", text, re.I)
    return bool(
        after
        and (
            lex.talk_words.search(after.group(0))
            or any(w in lex.event_words for w in tokens(after.group(0)))
        )
    )


def subject_words(text: str, names: list[str]) -> list[str]:
    """Content words of the message that are not names of events, people or talks."""
    drop = {w for name in names for w in tokens(name)}
    return [w for w in content_words(text) if w not in drop]


_NAME = re.compile(
    r"(?<![\w'])(?:[A-Z][a-z0-9]*[A-Z][\w]*|[A-Z]{2,}[\w]*|[A-Z][a-z]+[0-9]+\w*)(?![\w'])|(?<=\s)[A-Z][a-z]{2,}\w*"
)


def names_written(text: str, skip: list[str]) -> list[str]:
    """Words the message writes as names (acronyms, CamelCase, capitalised words not at
    the start): what the question is about by name, bar the given event and people."""
    drop = {w for name in skip for w in tokens(name)}
    found = []
    for match in _NAME.finditer(" " + text):
        word = match.group(0).lower()
        if word not in drop and word not in STOP and word not in found:
            found.append(word)
    return found


def without_scope(things: tuple[str, ...], scope_names: list[str]) -> tuple[str, ...]:
    """Compared things without the words that name where to look ("region vs az in the
    book": the book is the scope, not part of the second thing)."""
    drop = {w for name in scope_names for w in tokens(name)}
    kept = tuple(" ".join(w for w in tokens(t) if w not in drop) for t in things)
    return kept if all(kept) and len(set(kept)) == len(kept) else things
