"""POST /v1/ask/stream: the answer as server-sent events, for people watching it arrive.

Events, in order:
- `token` (`{"text"}`), zero or more: the model's words as it writes them, unverified.
- `sentence` (`{"text", "kept", "pending"}`), interleaved: a whole sentence's verdict, as
  soon as the next sentence has begun; `pending` is what the model has written since (the
  draft's unverified tail). A draft shows kept sentences, then `pending`, and never a
  sentence that was not kept.
- `answer`: the reply exactly as `POST /v1/ask` gives it, after verification. It replaces
  the draft: sentences verification dropped are not in it, and with `"mode":
  "extractive"` it is the notes' own sentences.
- `error` (`{"error", "detail"}`) instead of `answer` when the turn itself failed.

The request is read, bounded and checked like `POST /v1/ask` (the same JSON problems),
and the session is the caller's own. Without a model configured there is only `answer`.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, StreamingResponse

from bot.answering import generate
from bot.api import context
from bot.api.deps import CallerDep, EngineDep
from bot.api.errors import documented
from bot.api.routes.ask import ASK_BODY, read_question
from bot.api.sessions import SessionIds
from bot.turns import TurnInput, TurnResult

log = logging.getLogger("bot.api")
router = APIRouter(prefix="/v1", tags=["questions"])


def _event_schema(name: str, data: dict[str, Any]) -> dict[str, Any]:
    """One kind of event, as OpenAPI 3.2 describes a stream's items: `data` is JSON."""
    return {
        "type": "object",
        "required": ["event", "data"],
        "properties": {
            "event": {"const": name},
            "data": {
                "type": "string",
                "contentMediaType": "application/json",
                "contentSchema": data,
            },
        },
    }


TEXT = {"type": "object", "required": ["text"], "properties": {"text": {"type": "string"}}}
VERDICT = {
    "type": "object",
    "required": ["text", "kept", "pending"],
    "properties": {
        "text": {"type": "string"},
        "kept": {"type": "boolean"},
        "pending": {"type": "string"},
    },
}
STREAM_RESPONSE: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "Server-sent events: `token`s, then `answer` (an AskResponse)",
        "content": {
            "text/event-stream": {
                "schema": {
                    "oneOf": [
                        _event_schema("token", TEXT),
                        _event_schema("sentence", VERDICT),
                        _event_schema("answer", {"$ref": "#/components/schemas/AskResponse"}),
                        _event_schema("error", {"$ref": "#/components/schemas/Problem"}),
                    ]
                }
            }
        },
    }
}
HEADERS = {"cache-control": "no-store", "x-accel-buffering": "no"}  # nginx must not buffer


def event(name: str, data: Any) -> str:
    return f"event: {name}\ndata: {json.dumps(data, separators=(',', ':'))}\n\n"


@router.post(
    "/ask/stream",
    response_class=StreamingResponse,
    responses={**STREAM_RESPONSE, **documented(400, 401, 408, 413, 415, 422, 429, 503)},
    openapi_extra=ASK_BODY,
)
async def ask_stream(request: Request, engine: EngineDep, owner: CallerDep) -> Any:
    """Like `POST /v1/ask`, streamed: the model's words and each sentence's verdict as
    they come (when a model is configured), then the verified answer, which replaces them."""
    payload = await read_question(request)
    if isinstance(payload, JSONResponse):
        return payload
    ids = SessionIds(owner)
    session = await run_in_threadpool(ids.resume_or_new, engine.sessions, payload.session_id)
    events: asyncio.Queue[tuple[str, dict[str, Any]] | None] = asyncio.Queue()
    with generate.streaming(Relay(events)):  # the task (and its worker thread) copy this
        turn = asyncio.create_task(
            run_in_threadpool(engine.turn, TurnInput(text=payload.question, session_id=session))
        )
    turn.add_done_callback(lambda _: events.put_nowait(None))
    turn.add_done_callback(_retrieve)  # a client that left must not leave an unread error
    return StreamingResponse(
        _events(turn, events, ids), media_type="text/event-stream", headers=HEADERS
    )


class Relay:
    """A `generate.Listener` that queues events for the response, from any thread."""

    def __init__(self, queue: asyncio.Queue[tuple[str, dict[str, Any]] | None]) -> None:
        self.queue = queue
        self.loop = asyncio.get_running_loop()

    def token(self, text: str) -> None:
        self.loop.call_soon_threadsafe(self.queue.put_nowait, ("token", {"text": text}))

    def sentence(self, text: str, kept: bool, pending: str) -> None:
        data = {"text": text, "kept": kept, "pending": pending}
        self.loop.call_soon_threadsafe(self.queue.put_nowait, ("sentence", data))


def _retrieve(task: asyncio.Task[TurnResult]) -> None:
    if not task.cancelled():
        task.exception()


async def _events(
    turn: asyncio.Task[TurnResult],
    queue: asyncio.Queue[tuple[str, dict[str, Any]] | None],
    ids: SessionIds,
) -> AsyncIterator[str]:
    while (item := await queue.get()) is not None:
        yield event(*item)
    try:
        result = turn.result()
    except Exception:  # the status line is sent: say so in the stream, like Edge's JSON 500
        log.exception("streamed turn failed")
        yield event("error", {"error": "internal error", "detail": context.request_id.get()})
        return
    result.reply.session_id = ids.public(result.reply.session_id)
    yield event("answer", result.reply.model_dump(mode="json"))
