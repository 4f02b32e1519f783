"""Recipe: add a channel (docs/architecture.md). Done once here: a plain-text webhook, as
a pager or SMS gateway would call it. A channel is a thin adapter: check the caller, make
one `engine.turn`, format the reply; conversation state stays with the engine's store."""

from __future__ import annotations

import hmac

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import PlainTextResponse
from fastapi.testclient import TestClient

from bot.api.app import create_app
from bot.turns import TurnInput


def build_router(secret: str) -> APIRouter:
    router = APIRouter(prefix="/webhooks/text")

    @router.post("", response_class=PlainTextResponse)
    async def text_message(request: Request) -> PlainTextResponse:
        given = request.headers.get("x-text-secret", "")
        if not hmac.compare_digest(given.encode(), secret.encode()):  # who is calling
            return PlainTextResponse("unknown caller", status_code=401)
        sender = request.headers.get("x-text-sender", "")
        body = (await request.body()).decode("utf-8", "replace")[:2000]
        if not sender or not body.strip():
            return PlainTextResponse("a sender and a message are needed", status_code=422)
        turn = TurnInput(text=body, session_id=f"text:{sender}")  # the channel owns its ids
        result = await run_in_threadpool(request.app.state.engine.turn, turn)
        reply = result.reply
        sources = [f"- {c.conference}: {c.section or c.title}" for c in reply.citations[:2]]
        return PlainTextResponse("\n".join([reply.answer, *sources]))

    return router


def test_a_new_channel_answers_and_keeps_each_senders_conversation(
    fast_settings, fast_engine
) -> None:  # type: ignore[no-untyped-def]
    app = create_app(fast_settings, engine=fast_engine)
    app.include_router(build_router("s3cret"))
    client = TestClient(app, base_url="http://localhost")
    send = {"x-text-secret": "s3cret", "x-text-sender": "+351900000001"}

    assert client.post("/webhooks/text", content="hello", headers={}).status_code == 401
    first = client.post(
        "/webhooks/text", content="which talks were at pycon us 2022?", headers=send
    )
    assert first.status_code == 200 and "PyCon US 2022" in first.text
    second = client.post("/webhooks/text", content="who gave the second one?", headers=send)
    assert second.status_code == 200 and "Dmitri V. Petrov" in second.text  # memory held
    stranger = {**send, "x-text-sender": "+351900000002"}
    other = client.post("/webhooks/text", content="who gave the second one?", headers=stranger)
    assert "Dmitri V. Petrov" not in other.text  # another sender, another conversation
