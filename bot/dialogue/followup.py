"""Resolving follow-ups from session memory: pronouns, ellipsis, "tell me more"."""

from __future__ import annotations

import re

from bot.turns import DialogueState

_PRONOUN = re.compile(
    r"\b(he|she|him|his|her|hers|they|them|their|that|this|those|these|it|its|there|same)\b", re.I
)
_ELLIPSIS = re.compile(r"^\s*(and|what about|how about|also|ok,? and|so)\b", re.I)
MORE = re.compile(
    r"^\s*(tell me more|more|go on|continue|keep going|what else|anything else|more please)"
    r"\b[\s?.!]*$",
    re.I,
)
_WHO_GAVE = re.compile(
    r"\bwho\b.*\b(gave|give|presented|present|ran|did|delivered|said)\b.*\b(that|this|it)\b|"
    r"\bwho (talked|spoke) about (that|this|it)\b|\bwho (mentioned|discussed|covered) "
    r"(that|this|it)\b|"
    r"\bwho (said|presented|gave) (that|this|it)\b",
    re.I,
)
_WHICH_TALK = re.compile(
    r"\b(which|what) (session|talk|presentation|keynote|chapter) (was|is) (that|this|it)\b|"
    r"\bwhat (was|is) (that|this|it) (session|talk|presentation) called\b",
    re.I,
)
_ORDINALS = {
    "first": 0,
    "1st": 0,
    "second": 1,
    "2nd": 1,
    "third": 2,
    "3rd": 2,
    "fourth": 3,
    "4th": 3,
    "fifth": 4,
    "5th": 4,
    "sixth": 5,
    "6th": 5,
    "last": -1,
}
_ORDINAL = re.compile(
    r"\b(?:the )?(" + "|".join(_ORDINALS) + r")(?: one| talk| session| item)?\b|"
    r"\b(?:number|no\.?|#)\s*(\d{1,2})\b",
    re.I,
)
_WHERE = re.compile(r"^\s*(and\s+)?(where|when) (was|is|did) (that|this|it)\b", re.I)
# "Where was the Summit held?", "When did Builders Day take place?": the event itself.
_EVENT_WHERE_WHEN = re.compile(r"^\s*(where|when)\s+(was|is|were|did|does)\b", re.I)
_EVENT_VERBS = frozenset(
    ["held", "take", "took", "place", "happen", "happened", "hosted", "located", "run"]
)
_WHAT_ELSE = re.compile(r"\bwhat else\b|\banything else\b", re.I)


# A reply to "which talk?" rather than a new question: "the chaos one", "networking".
_QUESTION = re.compile(r"\?|^\s*(who|what|which|when|where|why|how|is|are|can|does|do)\b", re.I)


def is_short_reply(text: str) -> bool:
    return len(text.split()) <= 5 and not _QUESTION.search(text)


_HE_OR_SHE = re.compile(r"\b(he|she|him|her|his|hers)\b", re.I)


def names_a_person(text: str) -> bool:
    """ "What else did he say?": the person of the last turn."""
    return bool(_HE_OR_SHE.search(text))


def is_followup(text: str) -> bool:
    return bool(_PRONOUN.search(text) or _ELLIPSIS.search(text) or MORE.search(text))


def asks_who_gave_it(text: str) -> bool:
    return bool(_WHO_GAVE.search(text))


def asks_which_talk(text: str) -> bool:
    return bool(_WHICH_TALK.search(text))


def ordinal(text: str) -> int | None:
    """'the second one' -> 1, 'number 3' -> 2, 'the last one' -> -1; None when absent."""
    match = _ORDINAL.search(text)
    if not match:
        return None
    if match.group(2):
        return int(match.group(2)) - 1
    return _ORDINALS[match.group(1).lower()]


def asks_where_when(text: str) -> bool:
    return bool(_WHERE.search(text))


def asks_where_when_of_event(text: str, topic: str) -> bool:
    """A where/when question whose subject (`topic`: the words left once the event's name
    is taken out) is only the event happening."""
    return bool(_EVENT_WHERE_WHEN.search(text)) and all(w in _EVENT_VERBS for w in topic.split())


def asks_what_else(text: str) -> bool:
    return bool(_WHAT_ELSE.search(text))


def rewrite(text: str, state: DialogueState) -> str:
    """Add the remembered subject to a question that leans on the previous turn."""
    if not state.last_question or not (is_followup(text) or len(text.split()) <= 7):
        return text
    extra = [x for x in (state.topic,) if x]
    return f"{text} ({'; '.join(extra)})" if extra else text
