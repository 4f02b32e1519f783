"""What goes into and comes out of one conversational turn.

Every channel (HTTP API, web chat, Slack, Lex) builds a `TurnInput`, calls
`Engine.turn`, and translates the `TurnResult` back to its wire format; the
engine never knows who called.
"""

from __future__ import annotations

import time

from pydantic import BaseModel, Field

from bot.schemas import AskResponse, Button, Citation


class HistoryTurn(BaseModel):
    user: str
    bot: str
    intent: str
    answered: bool = True
    citations: list[Citation] = Field(default_factory=list)
    buttons: list[Button] = Field(default_factory=list)
    at: float = Field(default_factory=time.time)


class DialogueState(BaseModel):
    """Session memory: small and JSON-serialisable, so it fits a Redis value or
    Lex `sessionAttributes` (12 KB) alike."""

    conference: str | None = None
    speaker: str | None = None
    talk: str | None = None
    topic: str | None = None
    last_intent: str | None = None
    last_question: str | None = None
    last_sources: list[int] = Field(default_factory=list, description="chunk ids cited last")
    shown: list[int] = Field(default_factory=list, description="chunk ids already shown")
    listed: list[str] = Field(
        default_factory=list, description="talk titles of the last list, for 'the second one'"
    )
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
