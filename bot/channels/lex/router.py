"""`POST /webhooks/lex`: the Amazon Lex code hook (directly or via the Lambda proxy).

Lex itself authenticates nothing, so the endpoint is off unless a token is
configured and checks the bearer token before it reads the body. The engine
is CPU-bound, so it runs in the thread pool; its failures become a valid
Close/Failed reply, because Lex shows a bare error to the user otherwise.
"""

from __future__ import annotations

import hmac
import logging

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from bot.api.errors import documented
from bot.channels.lex import choices
from bot.channels.lex.parse import LexEventError, LexRequest, parse_event
from bot.channels.lex.responses import IntentSlots, build_response
from bot.channels.lex.state import load_state
from bot.dialogue.definition import load_definition
from bot.schemas import AskResponse, Intent
from bot.settings import Settings
from bot.turns import DialogueState, TurnInput, TurnResult

logger = logging.getLogger(__name__)

MAX_BODY_BYTES = 64 * 1024  # Lex sends at most 12 KB; anything far larger is not Lex
LEX_BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": {"type": "object"}}},
        "description": "A Lex V2 (or V1) code hook event",
    }
}
MAX_SLOT_CHARS = 200  # a slot is a name or a short topic; a longer value is ignored


def build_router(settings: Settings) -> APIRouter:
    """The Lex webhook route, bound to the token and bot definition in `settings`."""
    router = APIRouter(tags=["lex"])
    token = settings.lex_webhook_token
    secret = token.get_secret_value().strip() if token is not None else ""
    expected = secret.encode() if secret else None  # an empty token (compose's default) = off
    definition = load_definition(settings.bot_definition)
    intent_slots: IntentSlots = {i.name: [s.name for s in i.slots] for i in definition.intents}

    @router.post(
        "/webhooks/lex",
        include_in_schema=expected is not None,
        responses=documented(400, 401, 404, 408, 413, 503),
        openapi_extra=LEX_BODY,
    )
    async def lex_webhook(request: Request) -> JSONResponse:
        if expected is None:
            return _error(404, "not_found", "the Lex webhook is off: set BOT_LEX_WEBHOOK_TOKEN")
        if not _authorised(request.headers.get("authorization"), expected):
            return _error(401, "unauthorized", "missing or wrong bearer token")
        body = await request.body()
        if len(body) > MAX_BODY_BYTES:
            return _error(413, "too_large", f"Lex events are at most {MAX_BODY_BYTES} bytes")
        try:
            event = parse_event(body)
        except LexEventError as exc:
            return _error(400, "bad_event", str(exc))
        engine = getattr(request.app.state, "engine", None)
        if engine is None:
            return _error(503, "not_ready", "the answering engine is not loaded")
        if len(event.transcript) > settings.max_text_chars:
            result: TurnResult | None = _too_long(event, settings.max_text_chars)
        else:
            event.slots = {k: v for k, v in event.slots.items() if len(v) <= MAX_SLOT_CHARS}
            result = await _run_turn(engine, event)
        return JSONResponse(build_response(event, result, intent_slots))

    return router


def _authorised(header: str | None, expected: bytes) -> bool:
    """Constant-time check of `Authorization: Bearer <token>`."""
    scheme, _, supplied = (header or "").partition(" ")
    if scheme.lower() != "bearer" or not supplied.strip():
        return False
    return hmac.compare_digest(supplied.strip().encode(), expected)


async def _run_turn(engine: object, event: LexRequest) -> TurnResult | None:
    """The engine's result, or None when it failed (logged, answered as Failed)."""
    # The state travels in sessionAttributes across index builds: it names passages by
    # file and place, which a rebuild of an unchanged note keeps.
    state = load_state(event.session_attributes) or DialogueState()
    turn = TurnInput(
        text=choices.expand(event.transcript, event.session_attributes),
        session_id=f"lex:{event.session_id}" if event.session_id else None,
        intent=event.intent,
        slots={k: choices.expand(v, event.session_attributes) for k, v in event.slots.items()},
        # Never None: an empty state keeps the engine off the session store, so the
        # conversation lives in sessionAttributes alone.
        state=state,
    )
    try:
        result: TurnResult = await run_in_threadpool(engine.turn, turn)  # type: ignore[attr-defined]
    except Exception:
        logger.exception("Lex turn failed (session %s)", event.session_id)
        return None
    return result


def _too_long(event: LexRequest, limit: int) -> TurnResult:
    """A reply (not an engine turn) for a transcript longer than the engine reads."""
    text = f"That message is too long: I read questions of up to {limit} characters."
    reply = AskResponse(
        session_id=event.session_id or "",
        answer=text,
        answered=False,
        intent=Intent.OUT_OF_SCOPE,
        latency_ms=0.0,
    )
    return TurnResult(reply=reply, state=load_state(event.session_attributes) or DialogueState())


def _error(status: int, error: str, detail: str) -> JSONResponse:
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse({"error": error, "detail": detail}, status_code=status, headers=headers)
