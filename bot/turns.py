"""What goes into and comes out of one conversational turn, and what a session keeps.

Every channel (HTTP API, web chat, Slack, Lex) builds a `TurnInput`, calls
`Engine.turn`, and translates the `TurnResult` back to its wire format; the
engine never knows who called.
"""

from __future__ import annotations

import base64
import time

import numpy as np
from pydantic import BaseModel, Field

from bot.schemas import AskResponse, Button, Citation


class HistoryTurn(BaseModel):
    user: str
    bot: str
    intent: str
    answered: bool = True
    citations: list[Citation] = Field(default_factory=list)
    buttons: list[Button] = Field(default_factory=list)
    understood: str | None = Field(default=None, description="How the turn was understood")
    at: float = Field(default_factory=time.time)


class Entity(BaseModel):
    """Something a turn mentioned, in the question or in the answer, for "he", "that firm"."""

    kind: str  # person | org | talk | event | thing
    value: str
    ref: str | None = None  # a talk's "source#index" or an event's source
    turn: int = 0


class Frame(BaseModel):
    """An answered question's frame: what it was about and where it looked, so a
    follow-up can keep it ("and at the other event?") or come back to it."""

    turn: int
    question: str  # as searched
    subject: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    talks: list[str] = Field(default_factory=list)  # "source#index" of talks in scope or cited
    kind: str = "specific"
    expects: str | None = None
    vector: str | None = None  # the question's vector, float16, base64: no re-embedding


def pack(vector: np.ndarray) -> str:
    return base64.b64encode(vector.astype(np.float16).tobytes()).decode()


def unpack(data: str) -> np.ndarray:
    return np.frombuffer(base64.b64decode(data), dtype=np.float16).astype(np.float32)


class DialogueState(BaseModel):
    """Session memory: small and JSON-serialisable, so it fits a Redis value or
    Lex `sessionAttributes` (12 KB) alike."""

    turn: int = 0
    conference: str | None = None
    speaker: str | None = None
    talk: str | None = None
    topic: str | None = None
    last_intent: str | None = None
    last_question: str | None = None
    cited: list[str] = Field(default_factory=list, description='"source#position" cited last')
    shown: list[str] = Field(default_factory=list, description="passages already shown")
    listed: list[str] = Field(
        default_factory=list, description='talks of the last list ("source#index"), in order'
    )
    items: list[str] = Field(
        default_factory=list, description="things the last answer that listed some listed"
    )
    entities: list[Entity] = Field(default_factory=list)
    frames: list[Frame] = Field(default_factory=list)
    pending_intent: str | None = None
    pending_slot: str | None = None
    pending_slots: dict[str, str] = Field(default_factory=dict)
    prompts_for_pending: int = 0
    history: list[HistoryTurn] = Field(default_factory=list)
    updated_at: float = Field(default_factory=time.time)


class TurnInput(BaseModel):
    text: str
    session_id: str | None = None
    intent: str | None = Field(
        default=None,
        description="An intent the channel already knows (e.g. Lex's); else classified",
    )
    slots: dict[str, str] = Field(default_factory=dict, description="Slot values from the channel")
    state: DialogueState | None = Field(
        default=None,
        description="State carried by the channel (Lex sessionAttributes); bypasses the store",
    )


class TurnResult(BaseModel):
    reply: AskResponse
    state: DialogueState
    elicit_slot: str | None = Field(
        default=None, description="The slot the reply asks for, when it is a slot prompt"
    )
    started_at: float = Field(default_factory=time.perf_counter, exclude=True)
