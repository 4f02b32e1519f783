"""Small pure helpers for words: tokens, stems and stop words, shared by retrieval and answers."""

from __future__ import annotations

import re
from functools import lru_cache

STOP = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "him",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "let",
        "lets",
        "me",
        "more",
        "most",
        "my",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "also",
        "according",
        "said",
        "say",
        "says",
        "tell",
        "told",
        "talk",
        "talks",
        "session",
        "sessions",
        "mention",
        "mentioned",
        "mentions",
        "describe",
        "described",
        "give",
        "gave",
        "explain",
        "know",
        "notes",
        "note",
        "speaker",
        "presentation",
        "presented",
        "present",
        "thing",
        "things",
        "did",
        "anything",
        "something",
        "like",
        "get",
        "got",
        "use",
        "used",
        "using",
        "way",
        "ways",
        "much",
        "many",
        "one",
        "two",
        "per",
        "whose",
        "whats",
        "what's",
        "aws",
        "amazon",
    ]
)
_TOKEN = re.compile(r"[a-z0-9]+(?:[.'][a-z0-9]+)*")
_SUFFIXES = (
    "ations",
    "ation",
    "ings",
    "ing",
    "ency",
    "ence",
    "ent",
    "ies",
    "ied",
    "ers",
    "er",
    "es",
    "ed",
    "ly",
    "s",
)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower().replace("’", "'"))


@lru_cache(maxsize=1 << 16)  # a turn stems the same few thousand words again and again
def stem(word: str) -> str:
    """A light suffix stripper: enough to meet "retained"/"retention" halfway, cheap to run."""
    if len(word) <= 4 or word.isdigit():
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def stems(text: str) -> frozenset[str]:
    return frozenset(stem(t) for t in tokens(text))


def content_words(text: str) -> list[str]:
    """The words that carry meaning, as written (lower case), in order, without repeats."""
    return list(dict.fromkeys(t for t in tokens(text) if t not in STOP and len(t) > 1))


def content_terms(text: str) -> list[str]:
    """Stems of the words that carry meaning, in order, without repeats."""
    return list(dict.fromkeys(stem(t) for t in content_words(text)))


def has_number(text: str) -> bool:
    return bool(re.search(r"\d", text))
