"""GET/DELETE /v1/sessions/{id}: a caller's own API sessions, nobody else's."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Path
from fastapi.concurrency import run_in_threadpool

from bot.api.deps import CallerDep, EngineDep
from bot.api.errors import documented
from bot.api.sessions import SessionIds

router = APIRouter(prefix="/v1/sessions", tags=["sessions"])
SessionPath = Path(min_length=1, max_length=200, description="An id from an /v1/ask reply")


@router.get("/{session_id}", responses=documented(401, 404, 429, 503))
async def get_session(
    engine: EngineDep, owner: CallerDep, session_id: str = SessionPath
) -> dict[str, object]:
    """The conversation's slots and history."""
    internal = SessionIds(owner).internal(session_id)
    state = await run_in_threadpool(engine.sessions.get, internal) if internal else None
    if state is None:
        raise HTTPException(404, "unknown or expired session")
    slots = {
        k: v
        for k, v in {
            "conference": state.conference,
            "speaker": state.speaker,
            "talk": state.talk,
            "topic": state.topic,
        }.items()
        if v
    }
    return {
        "session_id": session_id,
        "intent": state.last_intent,
        "slots": slots,
        "pending_slot": state.pending_slot,
        "history": [h.model_dump() for h in state.history],
    }


@router.delete("/{session_id}", responses=documented(401, 429, 503))
async def delete_session(
    engine: EngineDep, owner: CallerDep, session_id: str = SessionPath
) -> dict[str, object]:
    """Forget the conversation now (it also expires after BOT_SESSION_TTL_SECONDS idle)."""
    internal = SessionIds(owner).internal(session_id)
    existed = await run_in_threadpool(engine.sessions.delete, internal) if internal else False
    return {"session_id": session_id, "deleted": existed}
