"""POST /v1/ask, GET /v1/search, documents, suggestions and sessions."""

from __future__ import annotations

import json

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import ValidationError

from bot.api.deps import EngineDep
from bot.api.errors import problem
from bot.schemas import AskRequest, AskResponse, DocumentInfo, SearchResponse
from bot.turns import TurnInput

router = APIRouter(prefix="/v1", tags=["questions"])
MAX_BODY = 64 * 1024


@router.post("/ask", response_model=AskResponse, responses={413: {}, 415: {}, 422: {}})
async def ask(request: Request, engine: EngineDep):  # type: ignore[no-untyped-def]
    """Answer a question (or any chat message) with sources; pass session_id to keep context."""
    content_type = request.headers.get("content-type", "")
    if "json" not in content_type.lower():
        return problem(415, "unsupported media type", "send application/json")
    body = await request.body()
    if len(body) > MAX_BODY:
        return problem(413, "request body too large", f"limit is {MAX_BODY} bytes")
    try:
        payload = AskRequest.model_validate(json.loads(body))
    except (ValueError, ValidationError) as exc:
        detail = exc.errors(include_url=False) if isinstance(exc, ValidationError) else str(exc)
        return problem(422, "invalid request", json.loads(json.dumps(detail, default=str)))
    if not payload.question.strip():
        return problem(422, "invalid request", "question is blank")
    result = await run_in_threadpool(
        engine.turn, TurnInput(text=payload.question, session_id=payload.session_id)
    )
    return result.reply


@router.get("/search", response_model=SearchResponse)
async def search(
    engine: EngineDep,
    q: str = Query(min_length=1, max_length=2000),
    k: int = Query(10, ge=1, le=50),
) -> SearchResponse:
    """Raw ranked passages with their metadata (hybrid retrieval, no answer)."""
    import time

    started = time.perf_counter()
    hits = await run_in_threadpool(engine.search, q, k)
    return SearchResponse(
        query=q, hits=hits, latency_ms=round((time.perf_counter() - started) * 1000, 2)
    )


@router.get("/documents", response_model=list[DocumentInfo])
async def documents(engine: EngineDep) -> list[DocumentInfo]:
    """Every corpus file with its metadata and the talks found in it."""
    return engine.documents()


@router.get("/suggestions")
async def suggestions(engine: EngineDep) -> dict[str, list[str]]:
    """Example questions drawn from the corpus, for an empty conversation."""
    return {"questions": engine.suggestions()}


@router.get("/sessions/{session_id}")
async def get_session(session_id: str, engine: EngineDep) -> dict[str, object]:
    state = await run_in_threadpool(engine.sessions.get, session_id)
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


@router.delete("/sessions/{session_id}")
async def delete_session(session_id: str, engine: EngineDep) -> dict[str, object]:
    existed = await run_in_threadpool(engine.sessions.delete, session_id)
    return {"session_id": session_id, "deleted": existed}
