"""What one note adds to the corpus-wide word tables, worked out when it is indexed.

The ranker's idf and the speller's vocabulary are sums over every passage. Deriving them
at start-up meant stemming every passage each time a server started (about four seconds
at a hundred times our notes); a note's share is instead counted once, when the note is
indexed, and a server only adds the shares up. The same functions serve the per-passage
sets a turn reads, so the two cannot drift apart.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from bot.text import norm_words, stems, tokens

_LOWER = re.compile(r"(?<![\w'’-])[a-z]{2,}(?![\w'’-])")  # "will" as a word, not "Will"


def context_text(title: str | None, heading: str | None, speakers: Sequence[str]) -> str:
    """What a passage inherits from where it sits: its talk's title, heading and speakers."""
    return " ".join(filter(None, [title, heading, " ".join(speakers)]))


def own_stems(parent: str | None, text: str) -> frozenset[str]:
    """A passage's own stems, with the sentence its list hangs from."""
    return stems(f"{parent or ''} {text}")


@dataclass
class NoteTerms:
    """One note's share: in how many of its passages each stem occurs (with the passage's
    context), how often each alphabetic word of its passages occurs, in how many
    passages each word occurs as names are matched ("re:Invent" as "reinvent"), and which
    words it writes in lower case (an ordinary word, not only someone's name)."""

    df: Counter[str] = field(default_factory=Counter)
    words: Counter[str] = field(default_factory=Counter)
    names: Counter[str] = field(default_factory=Counter)  # passages using each name word
    lower: Counter[str] = field(default_factory=Counter)  # words written in lower case

    @classmethod
    def of(cls, passages: Iterable[tuple[str | None, str, str]]) -> NoteTerms:
        """From (parent, text, context text) of each passage."""
        out = cls()
        contexts: dict[str, frozenset[str]] = {}  # passages of a talk share their context
        for parent, text, context in passages:
            inherited = contexts.get(context)
            if inherited is None:
                inherited = contexts[context] = stems(context)
            out.df.update(own_stems(parent, text) | inherited)
            out.words.update(t for t in tokens(text) if t.isalpha())
            out.names.update(set(norm_words(text)))
            out.lower.update(_LOWER.findall(text))
        return out
