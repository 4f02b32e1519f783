"""Figures in text: numbers that state an amount, not digits inside names ("S3", "EC2")."""

from __future__ import annotations

import re

# A figure: a number that is not part of a name ("EC2", "Route 53", "Cloud 9"), or a word.
_NUMBER = re.compile(r"(?<![\w.,])\d[\d.,]*")
_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")
_LEADS_A_FIGURE = re.compile(  # capitalised at a sentence start, yet not a name
    r"in|on|at|over|about|around|up|by|for|from|to|with|under|than|of|only|just|nearly|"
    r"almost|approximately|and|or|is|are|was|were|has|have|had|every|each|per",
    re.I,
)
_QUANTITY_WORD = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|"
    r"thousand|million|billion|dozen|half|double|twice|triple|single|once|none|"
    r"unlimited|infinite)\b",
    re.I,
)


def figure(text: str) -> bool:
    """A number not written straight after a capitalised name, bar words like "Over"."""
    for match in _NUMBER.finditer(text):
        name = _BEFORE.search(text, 0, match.start())
        if not name or _LEADS_A_FIGURE.fullmatch(name.group(1)):
            return True
    return False


def quantity(text: str, count: bool = False) -> bool:
    """A figure or a quantity word; for a count ("how many people"), dates are neither."""
    if count:
        text = _DATE.sub(" ", text)
    return figure(text) or bool(_QUANTITY_WORD.search(text))


_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = re.compile(
    rf"\b\d{{1,2}}(st|nd|rd|th)?\s+(of\s+)?{_MONTH}(,?\s+\d{{4}})?\b"
    rf"|\b{_MONTH}\s+\d{{1,2}}(st|nd|rd|th)?\b(,?\s+\d{{4}})?|\b{_MONTH}\s+\d{{4}}\b"
    r"|\b(in|since|until|by|of|from|during) (19|20)\d\d\b",
    re.I,
)
