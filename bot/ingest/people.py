"""Names of people mentioned in the notes, for the speaker gazetteer.

A capitalised pair of words is taken for a name when neither word is ever
written in lower case elsewhere in the notes (so "Transit Gateway" is not one)
and it is not a product or company word.
"""

from __future__ import annotations

import re
from collections import Counter

_PAIR = re.compile(r"\b([A-Z][a-z]{1,15})\s+([A-Z][a-z]{1,15}(?:-[A-Z][a-z]+)?)\b")
_WORD = re.compile(r"[A-Za-z]+")
_NOT_PEOPLE = {
    "amazon",
    "aws",
    "google",
    "microsoft",
    "netflix",
    "azure",
    "alexa",
    "lambda",
    "cloud",
    "service",
    "services",
    "day",
    "summit",
    "key",
    "note",
    "notes",
    "web",
    "data",
    "skill",
    "kit",
    "go",
    "prime",
    "air",
    "sales",
    "group",
    "digital",
    "officer",
    "red",
    "hot",
    "chilli",
    "peppers",
    "las",
    "vegas",
    "sao",
    "london",
    "manchester",
    "victoria",
    "warehouse",
    "hotel",
    "football",
    "excel",
    "visual",
    "studio",
    "code",
    "simple",
    "storage",
    "elastic",
    "global",
    "infrastructure",
    "well",
    "architected",
    "trusted",
    "advisor",
    "direct",
    "connect",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "ignite",
    "tour",
    "underground",
    "industrial",
    "revolution",
    "chaos",
    "monkey",
    "simian",
    "army",
    "capital",
    "one",
    "marketplace",
    "portal",
    "rekognition",
    "polly",
    "kinesis",
    "sagemaker",
    "fargate",
    "neptune",
    "aurora",
    "dynamo",
    "cognito",
    "cloudfront",
    "drax",
    "retail",
    "smart",
    "metering",
    "director",
    "system",
    "systems",
    "getting",
    "started",
    "united",
    "kingdom",
    "balance",
    "credit",
    "swap",
    "disk",
    "regulated",
    "industries",
    "reuters",
    "thomson",
    "nice",
}
_ROLE_NAME = re.compile(
    r"\b(?:CEO|CTO|CIO|CDIO|CISO|CFO|VP|Officer|Director)\s+([A-Z][a-z]+\s+[A-Z][a-z]+)"
)


def find_people(texts: list[str], known: list[str]) -> list[str]:
    """Known speakers first, then other people the notes name at least once."""
    lowercase_words = set()
    for text in texts:
        lowercase_words.update(w for w in _WORD.findall(text) if w.islower())
    counts: Counter[str] = Counter()
    for text in texts:
        for first, last in _PAIR.findall(text):
            words = (first.lower(), last.lower().split("-")[0])
            if words[0] == words[1] or any(w in _NOT_PEOPLE or w in lowercase_words for w in words):
                continue
            counts[f"{first} {last}"] += 1
        for name in _ROLE_NAME.findall(text):
            counts[name] += 1
    people = list(dict.fromkeys(known))
    corpus = "\n".join(texts)
    people.extend(name for name in counts if name not in people and not _a_list(name, corpus))
    return people


def _a_list(name: str, corpus: str) -> bool:
    """ "Docker Java", "Python Ruby": two neighbours in a list of products, each of which
    the notes also use on its own; a first name or surname alone is rare outside speakers."""
    first, last = name.split()[0], name.split()[-1]
    alone_first = len(re.findall(rf"\b{re.escape(first)}\b(?!\s+{re.escape(last)}\b)", corpus))
    alone_last = len(re.findall(rf"(?<!{re.escape(first)} )\b{re.escape(last)}\b", corpus))
    return alone_first >= 2 and alone_last >= 2
