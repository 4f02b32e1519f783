"""Which sentence answers? A linear score over a few general features of each candidate.

Features are general (similarity, term coverage, answer type, rank);
`bot.evaluation.fit_ranker` fits weights on the team's own questions, where a
candidate is a positive when the evidence it would show contains the expected
answer. Nothing here knows any particular question.
"""

from __future__ import annotations

import re

import numpy as np

from bot.answering.figures import figure
from bot.text import stem

NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b")
ENUMERATION = re.compile(r"[,;]|\b(or|and)\b")
# "supports .NET Core 2.0 and Go": two names joined, neither at the start of the sentence.
NAMED_PAIR = re.compile(r"(?<=\s)[A-Z.][\w.+#-]*(?:\s+[\w.+#-]+){0,2}\s+(?:and|or)\s+[A-Z]\w*")
TIME = re.compile(
    r"\d|\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|"
    r"evening|night|daily|weekly|monthly|yearly|annually|every|hourly|week|month|year|"
    r"january|february|march|april|may|june|july|august|september|october|november|"
    r"december|today|tomorrow|before|after|during|until|once)\b",
    re.I,
)

# A figure in a measure: bytes, a duration, money.
MEASURED = {
    "size": re.compile(r"\d\s*(bytes?|[kmgtp]i?b|(kilo|mega|giga|tera|peta)bytes?)\b", re.I),
    "duration": re.compile(
        r"\d\s*(ms|milliseconds?|s|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|"
        r"months?|years?)\b|\b(a|an|one) (second|minute|hour|day|week|month|year)\b",
        re.I,
    ),
    "money": re.compile(r"[$£€]\s*\d|\d\s*(cents?|dollars?|pounds?|euros?|usd|gbp|eur)\b", re.I),
}

FEATURES = (
    "dense",  # sentence cosine to the question
    "passage_dense",  # passage cosine to the question
    "coverage",  # idf-weighted question terms in the sentence (context counts 0.6)
    "rank",  # 1 / (1 + fused rank of the passage)
    "number_fit",  # +1 a number (or a time) was asked and is there, -1 asked and missing;
    # 0 when a figure in another measure than the one asked (a count for a size)
    "name_fit",  # the same for a person or organisation, or an enumeration for a list
)

# Hand-set. `python -m bot.evaluation.fit_ranker eval C=100 --check ../shared/eval` fits
# pairwise weights on eval/qa.jsonl. With these and six more features (sentence-only
# coverage, BM25 top 10, lead-in, novelty, neighbour similarity, short sentence) the fit
# reached top-1 0.77 vs 0.74 there but 0.80 vs 0.80 on the shared dev set, and the gate is
# calibrated on the sentences these weights choose (refitted weights made it decline 11%
# of answerable questions), so the extra features were dropped and the hand weights kept.
# On these six alone the fit gives 0.73 vs 0.74 on eval/ (0.82 vs 0.80 on the shared set).
WEIGHTS: dict[str, float] = {
    "dense": 0.45,
    "passage_dense": 0.2,
    "coverage": 0.35,
    "rank": 0.04,
    "number_fit": 0.08,
    "name_fit": 0.05,
}


def fit_sign(
    expects: str,
    text: str,
    measure: str | None = None,
    counted: tuple[str, ...] = (),
    asked: frozenset[str] = frozenset(),
    defines: str | None = None,
) -> tuple[float, float]:
    if expects == "number":  # a figure, not the 3 of "S3"
        number = 1.0 if figure(text) else -1.0
    elif expects == "time":
        number = 1.0 if TIME.search(text) else -1.0
    else:
        number = 0.0
    if number > 0 and measure and not MEASURED[measure].search(text):
        number = 0.0
    if number > 0 and counted and _counts(text, counted):
        number = 2.0  # "2000 servers" for "how many servers"
    if expects in ("person", "org"):
        name = 1.0 if NAME.search(text) else -1.0
    elif expects == "list":  # several things were asked for: a sentence that enumerates
        name = 1.0 if enumerates(text) else -1.0
    elif expects == "name":  # "in what format": a name the question did not already use
        name = 1.0 if new_names(text, asked) else -1.0
    elif expects == "definition" and defines:  # "what is Fargate?": "Fargate is ..."
        name = 1.0 if defines_it(text, defines) else 0.0
    else:
        name = 0.0
    return number, name


def enumerates(text: str) -> bool:
    """A list: items split by commas ("a, b and c"), two names joined, or a lead-in ending ":".

    "deployed and run on a container that contains the runtime and lambda code" joins
    clauses, not items, so "and" alone does not make one."""
    separators = [m.group(0) for m in ENUMERATION.finditer(text)]
    commas = sum(s in ",;" for s in separators)
    return (
        (commas >= 1 and len(separators) >= 2)
        or bool(NAMED_PAIR.search(text))
        or text.rstrip().endswith(":")
    )


_DEFINING = (
    r"(is|are|was|means|refers|allows|enables|provides|offers|lets|gives|helps|works?|uses?)"
)


def defines_it(text: str, subject: str) -> bool:
    """The subject, then what it is or does: "Cloudwatch is a tool", "An elastic IP
    provides ...", "Aurora (a fork from MySQL) is" ("Step functions pricing is" is not)."""
    words = r"[\s-]+".join(re.escape(w) for w in subject.lower().split())
    if not words:
        return False
    return bool(re.search(rf"\b{words}s?\b(\s*\([^)]*\))?,?\s+{_DEFINING}\b", text.lower()))


# An acronym or product name (JSON, ASL, DynamoDB, .NET) or a capitalised word.
_PROPER = re.compile(r"(?<![\w'])\.?[A-Z][\w.+#-]*")


def new_names(text: str, asked: frozenset[str]) -> list[str]:
    """Names in the sentence that the question did not use (its first word aside, which is
    capitalised anyway): "expressed as JSON using ASL" names a format, "Step Functions use
    state machines" only repeats the question."""
    found = []
    for m in _PROPER.finditer(text):
        word = m.group(0).rstrip(".")
        if m.start() == 0 and not any(c.isupper() for c in word[1:]):
            continue
        if stem(word.lower().lstrip(".")) not in asked:
            found.append(word)
    return found


_FIGURE_THEN_WORDS = re.compile(r"\d[\d,.]*\+?\s+((?:[\w-]+\s+)?[\w-]+)")


def _counts(text: str, counted: tuple[str, ...]) -> bool:
    """A figure followed (within two words) by one of the counted words."""
    return any(
        stem(w) in counted
        for m in _FIGURE_THEN_WORDS.finditer(text)
        for w in m.group(1).lower().split()
    )


def score(features: np.ndarray, weights: dict[str, float] | None = None) -> np.ndarray:
    w = weights or WEIGHTS
    return features @ np.array([w[name] for name in FEATURES])
