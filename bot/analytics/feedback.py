"""`POST /v1/feedback`: a thumbs up or down (and a comment) on one turn of a session.

The rated turn's question, answer, citations and intent are read from the
session's history, so a client cannot put words in the bot's mouth; the row is
written by the background writer after this returns.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Body, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, ConfigDict, Field

from bot.analytics.recorder import channel_of
from bot.analytics.store import RatingRow, citation_dicts
from bot.api.deps import CallerDep
from bot.api.sessions import SessionIds
from bot.turns import DialogueState, HistoryTurn

MAX_TURN = 10_000


class FeedbackCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    session_id: str = Field(min_length=1, max_length=200)
    turn: int = Field(
        ge=-MAX_TURN,
        le=MAX_TURN,
        description="The turn's position in the session history (GET /v1/sessions/{id}), "
        "0-based; negative counts from the end, so -1 is the latest answer",
    )
    rating: Literal["up", "down"]
    comment: str | None = Field(default=None, max_length=2000)


class FeedbackPublic(BaseModel):
    session_id: str
    turn: int = Field(description="The rated turn's 0-based position in the history")
    rating: Literal["up", "down"]
    recorded: bool = True


def find_turn(state: DialogueState, turn: int) -> tuple[int, HistoryTurn] | None:
    """The history entry `turn` names, with its 0-based position; None when out of range."""
    history = state.history
    position = turn if turn >= 0 else len(history) + turn
    if not 0 <= position < len(history):
        return None
    return position, history[position]


def rating_row(session_id: str, entry: HistoryTurn, rating: str, comment: str | None) -> RatingRow:
    return RatingRow(
        channel=channel_of(session_id),
        session_id=session_id,
        turn_at=entry.at,
        rating=1 if rating == "up" else -1,
        comment=(comment or "").strip() or None,
        question=entry.user,
        answer=entry.bot,
        intent=entry.intent,
        answered=entry.answered,
        citations=citation_dicts(entry.citations),
    )


def build_router() -> APIRouter:
    router = APIRouter(prefix="/v1", tags=["feedback"])

    @router.post(
        "/feedback",
        status_code=202,
        response_model=FeedbackPublic,
        responses={404: {}, 422: {}},
    )
    async def feedback(
        request: Request, body: Annotated[FeedbackCreate, Body()], owner: CallerDep
    ) -> FeedbackPublic:
        """Rate one answer: 👍 (`up`) or 👎 (`down`), with an optional comment, in one of
        the caller's own sessions (the id `POST /v1/ask` returned)."""
        writer = getattr(request.app.state, "analytics_writer", None)
        if writer is None:
            if getattr(request.app.state, "analytics_down", False):
                raise HTTPException(503, "the analytics database could not be opened")
            raise HTTPException(404, "feedback is off on this server")
        engine = request.app.state.engine
        internal = SessionIds(owner).internal(body.session_id)
        state = await run_in_threadpool(engine.sessions.get, internal) if internal else None
        if state is None or internal is None:
            raise HTTPException(404, "unknown or expired session")
        found = find_turn(state, body.turn)
        if found is None:
            raise HTTPException(
                422, f"turn {body.turn} is not in this session (it has {len(state.history)})"
            )
        position, entry = found
        writer.submit(rating_row(internal, entry, body.rating, body.comment))
        return FeedbackPublic(session_id=body.session_id, turn=position, rating=body.rating)

    return router
