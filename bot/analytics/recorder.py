"""Every turn, from every channel, handed to the writer after the engine replied.

The engine is wrapped rather than changed: the wrapper calls `turn`, queues a
row and returns the result untouched. The channel is known from the session id
(Slack and Lex prefix theirs) or, for `/v1/ask`, from the middleware below.
"""

from __future__ import annotations

import contextvars
from typing import Any

from starlette.types import ASGIApp, Receive, Scope, Send

from bot.analytics.store import TurnRow, citation_dicts
from bot.analytics.writer import AnalyticsWriter
from bot.turns import TurnInput, TurnResult

CHANNEL: contextvars.ContextVar[str] = contextvars.ContextVar("bot_channel", default="api")
# The web chat says which page it runs in; anything else calling /v1/ask is "api".
CLIENT_CHANNELS = frozenset({"web", "widget"})


def channel_of(session_id: str) -> str:
    for prefix in ("slack", "lex"):
        if session_id.startswith(prefix + ":"):
            return prefix
    return CHANNEL.get()


class ChannelMiddleware:
    """Sets CHANNEL for the request: `X-Bot-Channel: web|widget` from the chat page."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        claimed = dict(scope.get("headers", [])).get(b"x-bot-channel", b"").decode("latin-1")
        token = CHANNEL.set(claimed if claimed in CLIENT_CHANNELS else "api")
        try:
            await self.app(scope, receive, send)
        finally:
            CHANNEL.reset(token)


class RecordingEngine:
    """The engine, plus a row queued for each turn. Everything else passes through."""

    def __init__(self, engine: Any, writer: AnalyticsWriter) -> None:
        self._engine = engine
        self._writer = writer

    @property
    def wrapped(self) -> Any:
        return self._engine

    def turn(self, turn: TurnInput) -> TurnResult:
        result: TurnResult = self._engine.turn(turn)
        reply = result.reply
        self._writer.submit(
            TurnRow(
                channel=channel_of(reply.session_id),
                session_id=reply.session_id,
                question=turn.text,
                answer=reply.answer,
                intent=reply.intent,
                answered=reply.answered,
                citations=citation_dicts(reply.citations),
                latency_ms=reply.latency_ms,
            )
        )
        return result

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)
