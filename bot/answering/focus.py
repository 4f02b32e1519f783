"""The names a question is about, and whether the evidence mentions them.

A question about "CloudWatch Logs" answered from a passage about SQS retention is
an invented answer however close the embeddings are. Product and proper names
(capitalised words, acronyms) are the part of a question a paraphrase cannot
replace, so an answer must come from a neighbourhood of the notes that mentions
every one of them (the answerer searches again among those that do, or declines).
Pure functions: the caller supplies the words to skip (event and speaker names)
and the evidence's words.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.@:&+'’-]*")
# Words that are capitalised in questions without naming anything.
_PLAIN = frozenset(
    [
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "how",
        "when",
        "where",
        "why",
        "is",
        "are",
        "was",
        "were",
        "does",
        "did",
        "do",
        "can",
        "could",
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "of",
        "for",
        "to",
        "by",
        "and",
        "or",
        "per",
        "according",
        "i",
        "i'm",
        "i've",
        "if",
        "tell",
        "give",
        "list",
        "aws",
        "amazon",
    ]
)


# Words nobody capitalises mid-sentence unless Typing In Title Case.
_FUNCTION = frozenset(
    [
        "the",
        "of",
        "in",
        "on",
        "to",
        "for",
        "and",
        "or",
        "is",
        "are",
        "was",
        "were",
        "does",
        "do",
        "did",
        "can",
        "how",
        "many",
        "much",
        "what",
        "with",
    ]
)


def _bare(word: str) -> str:
    word = word.replace("’", "'").strip(".:'-")
    if word.lower().endswith("'s"):
        word = word[:-2]
    return word


def named_terms(question: str, skip: set[str]) -> list[str]:
    """Capitalised words and acronyms after the first word, minus `skip` (lower-case).

    A question typed in capitals or Title Case names nothing this way, so it gets none.
    """
    out: list[str] = []
    words = _WORD.findall(question)
    if _title_case(words):
        return []
    for i, raw in enumerate(words):
        word = _bare(raw)
        lower = word.lower()
        # Two letters name something only with a digit ("S3"); "US", "TV", "AI" are words.
        short = len(word) < 3 and not any(c.isdigit() for c in word)
        if short or lower in _PLAIN or lower in skip:
            continue
        if _IDENTIFIER.fullmatch(word):  # "eu-west-2", "t2.micro": names in lower case
            out.append(word)
            continue
        capitals = sum(c.isupper() for c in word)
        if capitals >= 2 or (i > 0 and word[0].isupper()):
            for part in re.split(r"[-/]", word):  # "Alexa-hosted": the name is "Alexa"
                if part[:1].isupper() and len(part) > 1 and part.lower() not in skip:
                    out.append(part)
                    break
    return list(dict.fromkeys(out))


# Region codes and instance types, which questions write in lower case.
_IDENTIFIER = re.compile(
    r"[a-z]{2,}-[a-z]+-\d{1,2}[a-z]?|[a-z]{1,3}\d{1,2}[a-z]{0,3}\.\d*[a-z]+", re.I
)


def _title_case(words: list[str]) -> bool:
    alpha = [w for w in words if w[:1].isalpha()]
    if len(alpha) > 3 and sum(w.isupper() for w in alpha) > 0.6 * len(alpha):
        return True
    return any(w[:1].isupper() and w.lower() in _FUNCTION for w in alpha[1:])


def _key(word: str) -> str:
    word = word.lower()
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def missing(names: list[str], evidence_words: set[str]) -> list[str]:
    """The names that the evidence never uses (see `spellings` for what counts as a use)."""
    return [
        name
        for i, name in enumerate(names)
        if not _written(name, evidence_words) and not spellings(names, i, evidence_words)
    ]


def _written(name: str, words: set[str]) -> bool:
    """The name itself or its plural is there: the common case, without keying every word."""
    key = _key(name)
    return any(form in words and _key(form) == key for form in (key, key + "s"))


def spellings(names: list[str], i: int, vocabulary: set[str]) -> set[str]:
    """The words of `vocabulary` that write names[i]: alone, as a plural, with one typo,
    or joined to a neighbour ("Capital One" / "CapitalOne")."""
    forms = [names[i]]
    if i + 1 < len(names):
        forms.append(names[i] + names[i + 1])
    if i > 0:
        forms.append(names[i - 1] + names[i])
    keyed = [(w, _key(w)) for w in vocabulary]
    out: set[str] = set()
    for form in forms:
        key = _key(form)
        out.update(w for w, k in keyed if k == key or (len(key) >= 4 and _typo(key, k)))
    return out


def _typo(a: str, b: str) -> bool:
    """One slip of the keyboard ("DTTC" for "DTCC"); two in long words. Same first letter,
    so "ground" is not "around"."""
    if a[0] != b[:1] or abs(len(a) - len(b)) > 1:
        return False
    return Levenshtein.distance(a, b, score_cutoff=2) <= (2 if len(a) >= 9 else 1)


def words_of(text: str) -> set[str]:
    """Evidence words in the form `missing` compares (possessives and hyphens split)."""
    out: set[str] = set()
    for raw in _WORD.findall(text):
        word = _bare(raw).lower()
        out.add(word)
        out.update(p for p in re.split(r"[-/.]", word) if p)
    return out
