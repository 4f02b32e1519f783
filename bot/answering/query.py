"""What a question asks for: its content terms and the kind of answer expected."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.text import content_terms

_NUMERIC = re.compile(
    r"\b(how (many|much|long|big|large|fast|often|quickly|far|old)|what (percentage|proportion|"
    r"share|year|size|number|limit|maximum|minimum|price|cost)|maximum|minimum|how much faster|"
    r"\b(hourly|monthly|yearly|annual|per-second|per-hour|billing) (rate|charge|price|cost|fee)|"
    r"\bwhat(?:'s| is| was| are)? the (largest|biggest|smallest|highest|lowest|longest|"
    r"shortest|fastest|price|cost|charge|fee)\b|"
    r"\bmax\b|\bmin\b|per cent|percent|limit)\b|"
    r"\b(which|what) ([\w.-]+ )?versions?\b|\b(ttl|timeout|time-out|retention period)\b",
    re.I,
)
_ROLE = r"(person|people|speakers?|presenters?|hosts?|evangelists?|architects?|engineers?|experts?)"
_PERSON = re.compile(
    rf"^\s*(who|whom|whose)\b|\bwhich (\w+ ){{0,2}}{_ROLE}\b"
    rf"|\bname of the (\w+ ){{0,3}}(who|that|he|she|{_ROLE})\b",
    re.I,
)
# "Who gave the X talk?", "Who was the speaker in X?": the talk's speaker is the answer.
_SPEAKING = re.compile(
    r"\b(speakers?|presenters?|gave|give|delivered|deliver|presented|present|spoke|hosted|"
    r"led|ran)\b",
    re.I,
)
_ORG = re.compile(
    r"\b(which|name of the) (company|organi[sz]ation|firm|bank|customer|team)\b", re.I
)
_LIST = re.compile(
    r"\b(which|what) (are|were) (the )?\w*\s*(kinds?|types?|ways?|steps?|pillars?|"
    r"options?|services|tools?|platforms?|languages?)\b|\blist\b|\bname (the|three|some)\b"
    r"|\b(two|three|four|five|six|seven) (main |key )?\w+",
    re.I,
)
# "When does X run its tests?" wants a time; "when did the speaker say..." does not start so.
_TIME = re.compile(
    r"^\s*(when|what time|on what day|which day|how often)\b|\bwhat (day|date)\b", re.I
)
# "Why do you need to know how long..." asks for a reason, whatever figures it mentions.
_REASON = re.compile(
    r"^\s*(why|what happens|how (do|does|did|can|could|should|would) \w+ \w+)", re.I
)
# What a figure measures, when the question says: "how big" wants bytes, "how long"
# a duration, "what does it cost" money. A figure of another kind ("25 trillion objects"
# for the largest object) is a weaker answer than one in the asked measure.
_MEASURES: dict[str, re.Pattern[str]] = {
    "size": re.compile(
        r"\bhow (big|large)\b|\b(largest|biggest|smallest|max(imum)?|min(imum)?) (\w+ )?"
        r"(objects?|files?|size|items?|volumes?|disks?|uploads?)\b|\bsize\b",
        re.I,
    ),
    "duration": re.compile(
        r"\bhow (long|quickly|fast|soon)\b|\bretention\b|\b(period|timeout|latency)\b|"
        r"\b(execution|run|running|response|wait|retrieval|load|boot|start-?up) ?times?\b",
        re.I,
    ),
    "money": re.compile(
        r"\b(cost|costs|price|priced|pricing|charge[sd]?|fees?|billed|billing|pay|paid)\b", re.I
    ),
}
# "In what format is it defined?", "Which database did they pick?": one named thing.
_NAMED = re.compile(
    r"\b(what|which) (\w+ )?(format|language|tool|service|product|database|framework|engine|"
    r"protocol|library|platform|runtime|editor|algorithm|standard|sdk|technology|"
    r"operating system)\b(?!s)",
    re.I,
)
# "What is Fargate?", "What's a security group?": a definition of the subject.
_DEFINE = re.compile(
    r"^\s*what(?:'s| is| are)\s+(?:a |an |the )?([\w@:./ -]{2,40}?)\s*(?:,.*)?\??\s*$", re.I
)
_RELATION = re.compile(r"\b(for|of|in|on|at|per|to|with|by|from|between|and|or)\b", re.I)


def _defined(text: str) -> str | None:
    """The X of "What is X?", a thing of up to four words ("the billing unit for X" relates
    two things, so it is no definition question)."""
    match = _DEFINE.match(text)
    if match is None or len(match.group(1).split()) > 4 or _RELATION.search(match.group(1)):
        return None
    return match.group(1)


_YESNO = re.compile(r"^\s*(is|are|can|could|does|do|did|was|were|should|will|has|have)\b", re.I)


@dataclass
class Query:
    text: str
    terms: list[str]
    expects: str  # number | person | org | time | list | name | yesno | definition | other
    measure: str | None = None  # for a number: size | duration | money, when the question says
    counted: tuple[str, ...] = ()  # "how many AWS regions": stems of what is counted
    defines: str | None = None  # "what is Fargate?": "Fargate"
    conference_sources: list[str] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)

    @property
    def asks_a_count(self) -> bool:
        """ "How many people": a count, which a date never gives ("how many years" it may)."""
        return bool(self.counted) and self.counted[0] not in _TIME_UNITS


_AUX = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "do",
        "does",
        "did",
        "has",
        "have",
        "had",
        "can",
        "could",
        "will",
        "would",
        "should",
    ]
)


_VERBS = frozenset(
    [
        "happens",
        "means",
        "makes",
        "causes",
        "matters",
        "goes",
        "comes",
        "takes",
        "gives",
        "says",
        "needs",
        "uses",
        "runs",
        "lets",
    ]
)


# Singular nouns that end in "s" (acronyms like SQS are lower-cased here too).
_SINGULAR = frozenset(
    [
        "chaos",
        "lens",
        "news",
        "series",
        "species",
        "kubernetes",
        "redis",
        "iops",
        "aws",
        "sqs",
        "sns",
        "efs",
        "ecs",
        "eks",
        "rds",
        "ses",
        "elasticsearch",
    ]
)


def _asks_for_several(text: str) -> bool:
    """ "Which new runtimes...", "What routing options...": a plural noun before the verb."""
    words = re.findall(r"[a-z']+", text.lower())
    start = next((i for i, w in enumerate(words) if w in ("which", "what")), None)
    if start is None:
        return False
    for i in range(start + 1, min(start + 4, len(words) - 1)):  # the noun is followed by more
        word = words[i]
        if word in _AUX or word in _VERBS or word == "one":
            return False
        if (
            len(word) >= 4
            and word.endswith("s")
            and not word.endswith(("ss", "us", "is"))
            and word not in _SINGULAR
        ):
            return True
    return False


# "Who talked about X?", "who recommended Y?": whoever said it in a talk is the answer.
# "Who founded Gremlin?" is not answered by the talk's speaker.
SAYING = (
    r"(said|say|says|spoke|speak|talked|talk|talks|mention(ed|s)?|presented|explain(ed|s)?|"
    r"described|discussed|covered|recommend(ed|s)?|suggest(ed|s)?|claim(ed|s)?|argued|showed|"
    r"shared|quoted|gave|compared|noted|warned|demo(ed|'d)?|told|think|thinks|thought)"
)
_SAYING = re.compile(rf"\b{SAYING}\b", re.I)


def asks_who_said(text: str) -> bool:
    """Is the person asked for whoever said something in the notes?"""
    return bool(_SAYING.search(text))


def asks_for_speaker(text: str) -> bool:
    """Does a who-question ask who gave a talk (rather than who did something in it)?"""
    return bool(_PERSON.search(text) and _SPEAKING.search(text))


NAMES_A_TALK = re.compile(r"\b(talk|session|chapter|keynote|presentation)s?\b", re.I)


def asks_for_talk(text: str) -> bool:
    """ "What talk did X give?": about a talk someone gave, not what they were quoted saying."""
    return bool(NAMES_A_TALK.search(text) and _SPEAKING.search(text))


def analyse(text: str) -> Query:
    if _ORG.search(text):
        expects = "org"
    elif _PERSON.search(text):
        expects = "person"
    elif _TIME.search(text):
        expects = "time"
    elif _NUMERIC.search(text) and not _REASON.search(text):
        expects = "number"
    elif _LIST.search(text) or _asks_for_several(text):
        expects = "list"
    elif _NAMED.search(text):
        expects = "name"
    elif _YESNO.search(text):
        expects = "yesno"
    elif _defined(text):
        expects = "definition"
    else:
        expects = "other"
    measure = None
    if expects == "number":
        measure = next((m for m, asks in _MEASURES.items() if asks.search(text)), None)
    counted = _counted(text) if expects == "number" else ()
    return Query(
        text,
        content_terms(text),
        expects,
        measure=measure,
        counted=counted,
        defines=_defined(text) if expects == "definition" else None,
    )


_HOW_MANY = re.compile(r"\bhow many ((?:[\w-]+ ){0,2}[\w-]+)", re.I)
_TIME_UNITS = frozenset(content_terms("years months weeks days decades"))


def _counted(text: str) -> tuple[str, ...]:
    """The words after "how many" (up to three), as stems: what the figure counts."""
    match = _HOW_MANY.search(text)
    return tuple(content_terms(match.group(1))) if match else ()
