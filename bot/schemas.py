"""Wire models shared by every channel: the HTTP API contract lives here.

The web chat, Slack and Lex adapters translate to and from these models, so
they are the one place where the reply's shape is defined.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr


class Intent(StrEnum):
    """Every intent name, spelled here once; the bot definition, Lex and the API use these."""

    ASK = "ask_question"
    LIST_TALKS = "list_talks"
    SUMMARIZE = "summarize_talk"
    SPEAKER_INFO = "speaker_info"
    LIST_CONFERENCES = "list_conferences"
    GREETING = "greeting"
    HELP = "help"
    GOODBYE = "goodbye"
    RESET = "reset"
    THANKS = "thanks"
    OUT_OF_SCOPE = "out_of_scope"


INTENTS = tuple(intent.value for intent in Intent)
# Social turns: answered from the bot definition's replies, never from the notes.
SMALL_TALK = frozenset({Intent.GREETING, Intent.HELP, Intent.GOODBYE, Intent.RESET, Intent.THANKS})
# Turns that leave the conversation's subject as it was.
QUIET = (SMALL_TALK - {Intent.RESET}) | {Intent.OUT_OF_SCOPE}
# Turns that look in the notes (and so are worth a rating).
ABOUT_NOTES = frozenset(Intent) - SMALL_TALK
SLOT_NAMES = ("conference", "speaker", "talk", "topic")


class Citation(BaseModel):
    """Where a statement in an answer comes from."""

    source: str = Field(description="Corpus file name")
    title: str
    conference: str
    date: str | None = Field(default=None, description="YYYY-MM-DD, or null when unknown")
    section: str | None = Field(default=None, description="Talk or chapter title")
    speaker: str | None = None
    snippet: str
    score: float
    passage: int | None = Field(
        default=None, description="The cited passage's position within its note (0-based)"
    )
    focus: str | None = Field(
        default=None, description="The sentence that answers, for channels to emphasise"
    )
    # The passage cited, for session memory ("what else did he say?" skips it); not part
    # of the wire format, since passage ids change with every index build.
    _passage_id: int | None = PrivateAttr(default=None)


class Button(BaseModel):
    """A quick reply: `text` is shown, `value` is sent back as the next message."""

    text: str
    value: str


class AskRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question: str = Field(min_length=1, max_length=2000)
    session_id: str | None = Field(default=None, min_length=1, max_length=200)


class AskResponse(BaseModel):
    session_id: str
    answer: str
    answered: bool
    intent: str
    slots: dict[str, str] = Field(default_factory=dict)
    citations: list[Citation] = Field(default_factory=list)
    buttons: list[Button] = Field(default_factory=list)
    latency_ms: float
    mode: Literal["generated", "extractive"] = Field(
        default="extractive",
        description="generated: written by the configured language model and verified "
        "against the cited passages; extractive: sentences quoted from the notes",
    )
    # A follow-up that leaned on the conversation ("How long are messages kept?" after "What
    # is SQS?"): session memory keeps the subject for the next one. Not on the wire.
    _leaned: bool = PrivateAttr(default=False)


class SearchHit(BaseModel):
    chunk_id: int
    text: str
    score: float
    source: str
    title: str
    conference: str
    date: str | None
    section: str | None
    speaker: str | None


class SearchResponse(BaseModel):
    query: str
    hits: list[SearchHit]
    latency_ms: float


class TalkInfo(BaseModel):
    title: str
    speakers: list[str]
    handles: list[str] = Field(default_factory=list)
    passages: int


class DocumentInfo(BaseModel):
    source: str
    title: str
    conference: str
    date: str | None
    venue: str | None
    city: str | None
    kind: Literal["notes", "book"]
    source_url: str | None
    talks: list[TalkInfo]


class ErrorBody(BaseModel):
    error: str
    detail: str | list[dict[str, object]] | None = None
