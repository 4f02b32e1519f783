"""What a turn was understood as: the one record every later layer reads.

Kept apart from the understanding itself (`understand.py`) so the policy and the memory
read the record without the machinery that fills it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.answering.types import Question
from bot.dialogue.gazetteer import TalkRef
from bot.turns import Frame


@dataclass
class Understanding:
    intent: str
    confidence: float = 1.0
    slots: dict[str, str] = field(default_factory=dict)
    question: Question | None = None
    talk: TalkRef | None = None
    speaker: str | None = None
    sources: list[str] = field(default_factory=list)
    asks_who_gave: bool = False
    asks_where_when: bool = False
    asks_gave: bool = False  # "what did X present?", "X's talk": a talk of theirs is asked for
    asks_handle: bool = False  # "what's his twitter?"
    refers_to: dict[str, str] = field(default_factory=dict)
    frame: Frame | None = None  # the earlier question this one leans on
    understood: str = ""  # how it was read, for people to check (GET /v1/sessions)
    probabilities: dict[str, float] = field(default_factory=dict)
    absent_event: str | None = None  # "re:invent 2018" when the notes hold only 2017


def ref(talk: TalkRef) -> str:
    return f"{talk.source}#{talk.index}"
