"""What the answering layer takes and gives: a question understood once, and an answer
built from evidence. The dialogue layer builds a `Question`; nothing below it reads
the raw message again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

# What kind of reply a question wants.
SPECIFIC = "specific"  # one fact: the sentence that states it, with what completes it
BROAD = "broad"  # "tell me about X": key points from different passages
COMPARE = "compare"  # "A vs B": a point for each
ITEMS = "items"  # an answer type: several things ("which kinds of X?"), stated as a list


@dataclass(frozen=True)
class Scope:
    """Where to look. `sources` and `sections` restrict hard (the user named the event or
    the talk); `prefer` is soft (the talk of the conversation so far)."""

    sources: frozenset[str] | None = None
    sections: frozenset[int] | None = None
    prefer: frozenset[int] | None = None
    speaker: str | None = None
    speaker_only: bool = False  # "what did he say about X?": his talks, nowhere else


@dataclass(frozen=True)
class Question:
    text: str  # what to search with: the message, or its rewrite for a follow-up
    vector: np.ndarray = field(compare=False, repr=False)
    words: tuple[str, ...] = ()  # content words as written, for BM25
    terms: tuple[str, ...] = ()  # their stems, for coverage
    kind: str = SPECIFIC
    expects: str | None = None  # number, count, money, duration, size, date, person, items, name
    compared: tuple[str, ...] = ()  # the things a comparison names, as written
    scope: Scope = Scope()
    exclude: frozenset[int] = frozenset()  # passages already shown ("tell me more")
    asks_speaker: bool = False  # "who said that?": the talk's speaker answers
    names: tuple[
        str, ...
    ] = ()  # words written as names ("Neptune", "EKS"): must be in the evidence


@dataclass
class Point:
    """One cited statement: sentences of one passage, `focus` the one that answers."""

    passage_id: int
    sentences: list[str]
    focus: int = 0
    score: float = 0.0
    lead: str | None = None  # a lead-in its list items hang from, shown before them


@dataclass
class Answer:
    answered: bool
    kind: str = SPECIFIC
    points: list[Point] = field(default_factory=list)
    confidence: float = 0.0
    unknown: list[str] = field(default_factory=list)  # words of the question the notes never use
    missing: list[str] = field(default_factory=list)  # compared things the notes do not describe
    near: list[int] = field(default_factory=list)  # passages closest to a declined question
