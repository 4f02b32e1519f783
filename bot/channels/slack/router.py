"""The Slack endpoints: verify, acknowledge fast, answer in the background.

Slack gives an app 3 seconds before it retries, so events are acknowledged at
once and answered afterwards; slash commands answer in the HTTP response (the
engine takes tens of milliseconds) and fall back to `response_url` if it is slow.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from fastapi import APIRouter, BackgroundTasks, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from slack_sdk.signature import Clock

from bot.api import jsonbody
from bot.channels.slack.events import EventEnvelope
from bot.channels.slack.format import ReplyStyle, SlackMessage
from bot.channels.slack.handlers import SlackHandlers
from bot.channels.slack.payloads import BlockActions, SlashCommand, parse_form
from bot.channels.slack.poster import SlackPoster
from bot.channels.slack.verify import SlackRequestVerifier, invalid_request
from bot.errors import StoreUnavailable
from bot.settings import Settings

log = logging.getLogger(__name__)

# Leave headroom under Slack's 3000 ms for the network both ways.
SLASH_BUDGET_SECONDS = 2.5
PATHS = ("/events", "/commands", "/interactions")


def build_router(
    settings: Settings, *, clock: Clock | None = None, poster: SlackPoster | None = None
) -> APIRouter:
    """Slack's three webhooks; all 404 when no signing secret is configured."""
    router = APIRouter(prefix="/webhooks/slack", tags=["slack"])
    secret = (
        settings.slack_signing_secret.get_secret_value() if settings.slack_signing_secret else ""
    )
    if not secret.strip():
        for path in PATHS:
            router.add_api_route(path, _disabled, methods=["POST"], include_in_schema=False)
        return router
    hooks = _Webhooks(settings, SlackRequestVerifier(secret, clock), poster or poster_for(settings))
    router.add_api_route("/events", hooks.events, methods=["POST"])
    router.add_api_route("/commands", hooks.commands, methods=["POST"])
    router.add_api_route("/interactions", hooks.interactions, methods=["POST"])
    return router


class _Webhooks:
    """Each webhook checks Slack's signature first, then hands the work to the handlers."""

    def __init__(self, settings: Settings, verifier: SlackRequestVerifier, poster: SlackPoster):
        self.settings = settings
        self.verifier = verifier
        self.poster = poster
        self.response_type = settings.slack_slash_response_type
        self.style = reply_style(settings)
        self._handlers: SlackHandlers | None = None

    def handlers_for(self, request: Request) -> SlackHandlers:
        if self._handlers is None:
            self._handlers = SlackHandlers(
                request.app.state,
                self.poster,
                self.response_type,
                self.style,
                self.settings.max_text_chars,
            )
        return self._handlers

    async def events(self, request: Request, background: BackgroundTasks) -> Response:
        """Events API: url_verification, app_mention and direct messages."""
        body = await request.body()
        if not self.verifier.is_authentic(body, request.headers):
            return invalid_request()
        try:
            envelope = EventEnvelope.model_validate(jsonbody.loads(body))
        except (ValidationError, jsonbody.JsonError):
            return _malformed()
        if envelope.type == "url_verification":
            return JSONResponse({"challenge": envelope.challenge or ""})
        retry = request.headers.get("x-slack-retry-num", "0")
        try:
            # The store may be Redis: keep its round trip off the event loop.
            job = await run_in_threadpool(self.handlers_for(request).event_job, envelope, retry)
        except StoreUnavailable:
            # Without dedup a reply could be doubled; a 503 makes Slack retry later instead.
            log.error("slack: session store unavailable, event %s not claimed", envelope.event_id)
            return JSONResponse({"error": "session store unavailable"}, status_code=503)
        if job is not None:
            background.add_task(job)
        return Response(status_code=200)

    async def commands(self, request: Request, background: BackgroundTasks) -> Response:
        """The /ask slash command, answered in the HTTP response itself."""
        body = await request.body()
        if not self.verifier.is_authentic(body, request.headers):
            return invalid_request()
        try:
            form = parse_form(body)
            if form.get("ssl_check") == "1":
                return Response(status_code=200)
            command = SlashCommand.model_validate(form)
        except (ValidationError, UnicodeDecodeError):
            return _malformed()
        work = asyncio.get_running_loop().run_in_executor(
            None, self.handlers_for(request).command, command
        )
        try:
            message = await asyncio.wait_for(asyncio.shield(work), SLASH_BUDGET_SECONDS)
        except TimeoutError:
            if command.response_url:
                background.add_task(
                    _deliver_late, work, self.poster, command.response_url, self.response_type
                )
            message = SlackMessage(text="Still looking through the notes, one moment…")
        return JSONResponse(slash_body(message, self.response_type))

    async def interactions(self, request: Request, background: BackgroundTasks) -> Response:
        """Button clicks: a rating, or a quick reply that becomes the next message."""
        body = await request.body()
        if not self.verifier.is_authentic(body, request.headers):
            return invalid_request()
        try:
            payload = BlockActions.model_validate(
                jsonbody.loads(parse_form(body).get("payload", ""))
            )
        except (ValidationError, UnicodeDecodeError, jsonbody.JsonError):
            return _malformed()
        try:
            job = await run_in_threadpool(self.handlers_for(request).interaction_job, payload)
        except StoreUnavailable:
            return JSONResponse({"error": "session store unavailable"}, status_code=503)
        if job is not None:
            background.add_task(job)
        return Response(status_code=200)


def poster_for(settings: Settings) -> SlackPoster:
    token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else None
    return SlackPoster(
        token, settings.slack_api_url, response_hosts=settings.slack_response_url_hosts
    )


def reply_style(settings: Settings) -> ReplyStyle:
    return ReplyStyle(public_url=settings.public_url, feedback=settings.analytics)


async def _disabled() -> Response:
    return JSONResponse({"error": "not found"}, status_code=404)


def _malformed() -> Response:
    return JSONResponse({"error": "malformed payload"}, status_code=400)


def slash_body(message: SlackMessage, response_type: str) -> dict[str, Any]:
    body: dict[str, Any] = {"response_type": response_type, "text": message.text}
    if message.blocks:
        body["blocks"] = message.blocks
    return body


async def _deliver_late(
    work: asyncio.Future[SlackMessage], poster: SlackPoster, url: str, response_type: str
) -> None:
    """The slow answer, sent to response_url once the engine is done."""
    message = await work
    await asyncio.to_thread(poster.respond, url, message, response_type)
