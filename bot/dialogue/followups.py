"""What a follow-up leans on: the frame of the conversation so far.

A message that refers back ("he", "that firm", "the second one", "who gave it?"),
leaves its subject out ("and at the other event?", "how long are they kept?"),
swaps one ("what about Kinesis?"), asks for more, or returns to an earlier
subject ("back to the book") is resolved here against the session's frames and
entities, into the slots, subject and scope of a self-contained question.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from bot import lexicon
from bot.answering.types import Point
from bot.dialogue.gazetteer import Gazetteer
from bot.text import stem
from bot.turns import DialogueState, Entity, Frame, unpack

REFERENCE_KINDS = ("person", "org", "talk", "thing")


@dataclass
class Resolved:
    """How a message reads once the conversation is taken into account."""

    slots: dict[str, str]
    subject: list[str]  # the words the question is about
    frame: Frame | None = None  # the earlier question it leans on
    sources: list[str] = field(default_factory=list)
    talks: list[str] = field(default_factory=list)  # hard talk scope ("source#index")
    prefer: list[str] = field(default_factory=list)  # soft talk scope
    more: bool = False  # "tell me more": past what was shown
    listed_pick: str | None = None  # "the second one"
    refers_to: dict[str, str] = field(default_factory=dict)  # kind -> resolved value
    blend: float = 0.0  # weight of the earlier question's vector


def latest(state: DialogueState, kind: str) -> Entity | None:
    return next((e for e in reversed(state.entities) if e.kind == kind), None)


def references(text: str) -> list[str]:
    """The kinds of thing the message points back at, most specific first."""
    lex = lexicon.load()
    return [k for k in REFERENCE_KINDS if lex.references[k].search(text)]


def ordinal(text: str, size: int) -> int | None:
    """A place in a list of `size` ("the second one", "#3", "the last"), 0-based."""
    lex = lexicon.load()
    match = lex.ordinal.search(text)
    if not match or not size:
        return None
    if match.group("n"):
        n = lex.ordinals[match.group("n").lower()]
    else:
        n = int(match.group("d") or match.group("w"))
    n = size + n + 1 if n < 0 else n
    return n - 1 if 1 <= n <= size else None


def frame_vector(frame: Frame | None) -> np.ndarray | None:
    return unpack(frame.vector) if frame is not None and frame.vector else None


def back_to(state: DialogueState, text: str, gazetteer: Gazetteer) -> Frame | None:
    """The latest frame the message returns to ("going back to the book, ...")."""
    match = lexicon.load().back.search(text)
    if not match or not state.frames:
        return None
    rest = match.group("rest")
    events = set(gazetteer.events_in(rest))
    words = set(re.findall(r"[a-z0-9]+", rest.lower()))
    for frame in reversed(state.frames[:-1] or state.frames):
        if events & set(frame.sources) or words & set(frame.subject):
            return frame
    return None


_ITEM_END = re.compile(r"\s+[-\u2013\u2014]\s+|[:;,(]")
ITEM_WORDS = 6


def listed_items(points: list[Point]) -> list[str]:
    """The things an answer lists, in order, by their names: the items under its lead-in
    ("Three state types:" then "Choice: branches ..."), for "the second one" next turn."""
    if not points:
        return []
    point = points[0]
    sentences = point.sentences
    if point.lead and point.lead.rstrip().endswith(":"):
        items = sentences
    else:
        at = next((i for i, s in enumerate(sentences) if s.rstrip().endswith(":")), None)
        items = sentences[at + 1 :] if at is not None else []
    heads = [" ".join(_ITEM_END.split(s, maxsplit=1)[0].split()[:ITEM_WORDS]) for s in items]
    heads = [h.strip(" .*") for h in heads if h.strip(" .*")]
    if len(heads) >= 2:
        return heads
    return _inline_items(sentences[point.focus]) if sentences else []


_DASH = re.compile(r"\s+[-\u2013\u2014]\s+")


def _inline_items(sentence: str) -> list[str]:
    """The names of a list written in one sentence ("types: task - a unit of work, choice
    - adds branching, ..."): each comma-separated part, up to its dash or colon."""
    body = sentence.split(":", 1)[1] if ":" in sentence else sentence
    parts = [p for p in re.split(r";\s+|,\s+", body) if p.strip()]
    dashed = sum(bool(_DASH.search(p)) for p in parts)
    if len(parts) < 3 or (":" not in sentence and dashed * 2 < len(parts)):
        return []  # commas in prose; a list has a lead-in or "name - what it is" parts
    heads = []
    for part in parts:
        pieces = _DASH.split(part.strip())
        head = (pieces[-2] if len(pieces) >= 2 else pieces[0]).strip(" .*")
        heads.append(head)
    short = [h for h in heads if h and len(h.split()) <= ITEM_WORDS]
    return short if len(short) * 2 > len(heads) else []


def item_pick(state: DialogueState, text: str) -> str | None:
    """The item of the last listing answer a message picks ("and the third one?")."""
    k = ordinal(text, len(state.items)) if state.items else None
    return state.items[k] if k is not None else None


def attributes(subject: list[str], idf: Callable[[str], float]) -> list[str]:
    """The commoner half of a frame's subject words ("retention" of "sqs retention"):
    what a "what about X?" keeps while X takes the place of the rest."""
    if len(subject) < 2:
        return []
    weights = sorted(subject, key=lambda w: idf(stem(w)))
    return weights[: len(weights) // 2]


SHORT_QUESTION = 3  # words: "postgres?" mid-conversation asks on


def short_question(text: str) -> bool:
    """A question of a word or three ("postgres?", "the SAN one?")."""
    return text.rstrip().endswith("?") and len(text.split()) <= SHORT_QUESTION


def leaning(
    text: str,
    subject: list[str],
    state: DialogueState,
    back: Frame | None,
    asks_on: bool,
    shorter: bool = True,
) -> tuple[Frame | None, float, frozenset[str], list[str]]:
    """Which earlier question a follow-up leans on and how much: (frame, blend of its
    vector, passages to leave out, the subject left of the message's own words). `back` is
    a frame the message returns to by name; `asks_on`: it is a question of the same kind;
    `shorter`: a question of one word asks the last question of it (an ablation switch)."""
    lex = lexicon.load()
    last = state.frames[-1] if state.frames else None
    frame, blend, exclude = back, 0.0, frozenset[str]()
    if last and subject and all(lex.comparative.fullmatch(w) for w in subject):
        subject = []  # "which is cheapest?": a choice among what was just said
    said = references(text)
    if last and lex.more.match(text):
        return last, 1.0, frozenset(state.shown), []
    if last and not subject and (asks_on or said):
        frame, blend = frame or last, 1.0  # "and at the other event?": the same question
    elif last and "thing" in said and len(text.split()) <= 12:
        frame, blend = frame or last, 0.5  # "how does that differ from X?": it, and X
    elif last and lex.switch.match(text) and len(text.split()) <= 8:
        frame, blend = frame or last, 0.5  # "what about X?": X in the last frame
    elif last and asks_on and shorter and len(subject) == 1 and short_question(text):
        frame, blend = frame or last, 0.5  # "postgres?": the same, of another thing
    elif back:
        blend = 0.5
    return frame, blend, exclude, subject


SHORT_TURN = 8  # words: a turn this short can lean on the last answer by its shape alone


def leans(text: str, state: DialogueState) -> bool:
    """Does it only make sense after the last answer ("who gave it?", "tell me more")?"""
    if not (state.frames or state.listed):
        return False
    lex = lexicon.load()
    short = len(text.split()) <= SHORT_TURN
    return bool(
        (state.frames and lex.more.match(text))
        or (short and lex.who_gave.search(text))
        or (short and state.listed and ordinal(text, len(state.listed)) is not None)
        or (short and state.frames and lex.switch.match(text))
        or (short and state.frames and references(text))
        or bool(state.frames and lex.bare_ask.match(text))
    )
