"""POST /v1/ask, GET /v1/search, documents and suggestions."""

from __future__ import annotations

import time

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import ValidationError

from bot.api import jsonbody
from bot.api.deps import CallerDep, EngineDep
from bot.api.errors import documented, problem, validation_detail
from bot.api.sessions import SessionIds
from bot.schemas import AskRequest, AskResponse, DocumentInfo, SearchResponse
from bot.turns import TurnInput

router = APIRouter(prefix="/v1", tags=["questions"])
# What JSON Schema's `\s` (ECMAScript's) calls white space: the published schema says a
# question needs one other character, and the check here must mean exactly the same.
SCHEMA_SPACE = "\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff" + "".join(
    chr(c) for c in range(0x2000, 0x200B)
)
ASK_BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AskRequest"}}},
    }
}


@router.post(
    "/ask",
    response_model=AskResponse,
    responses=documented(400, 401, 408, 413, 415, 422, 429, 503),
    openapi_extra=ASK_BODY,
)
async def ask(request: Request, engine: EngineDep, owner: CallerDep) -> AskResponse | JSONResponse:
    """Answer a question (or any chat message) with sources. Pass the `session_id` of an
    earlier reply to continue that conversation; an unknown or expired one starts anew."""
    payload = await read_question(request)
    if isinstance(payload, JSONResponse):
        return payload
    ids = SessionIds(owner)
    session = await run_in_threadpool(ids.resume_or_new, engine.sessions, payload.session_id)
    result = await run_in_threadpool(
        engine.turn, TurnInput(text=payload.question, session_id=session)
    )
    result.reply.session_id = ids.public(session)
    return result.reply


async def read_question(request: Request) -> AskRequest | JSONResponse:
    """The request's question, or the JSON problem that says what is wrong with it."""
    if not jsonbody.is_json_media_type(request.headers.get("content-type")):
        return problem(415, "unsupported media type", "send application/json")
    try:
        payload = AskRequest.model_validate(jsonbody.loads(await request.body()))
    except jsonbody.JsonError as exc:
        return problem(422, "invalid request", str(exc))
    except ValidationError as exc:
        return problem(422, "invalid request", validation_detail(exc.errors()))
    limit = request.app.state.settings.max_text_chars
    if not payload.question.strip(SCHEMA_SPACE):
        return problem(422, "invalid request", "question is blank")
    if len(payload.question) > limit:
        return problem(422, "invalid request", f"question is longer than {limit} characters")
    return payload


@router.get("/search", response_model=SearchResponse, responses=documented(401, 422, 429, 503))
async def search(
    engine: EngineDep,
    _: CallerDep,
    q: str = Query(min_length=1, max_length=2000),
    k: int = Query(10, ge=1, le=50),
) -> SearchResponse:
    """Raw ranked passages with their metadata (hybrid retrieval, no answer)."""
    started = time.perf_counter()
    hits = await run_in_threadpool(engine.search, q, k)
    return SearchResponse(
        query=q, hits=hits, latency_ms=round((time.perf_counter() - started) * 1000, 2)
    )


@router.get("/documents", response_model=list[DocumentInfo], responses=documented(401, 503))
async def documents(engine: EngineDep, _: CallerDep) -> list[DocumentInfo]:
    """Every corpus file with its metadata and the talks found in it."""
    return engine.documents()


@router.get("/suggestions", responses=documented(401, 503))
async def suggestions(engine: EngineDep, _: CallerDep) -> dict[str, list[str]]:
    """Example questions drawn from the corpus, for an empty conversation."""
    return {"questions": engine.suggestions()}
