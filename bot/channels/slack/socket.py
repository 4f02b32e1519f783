"""Slack over Socket Mode: no public URL, the app dials out to Slack instead.

With SLACK_APP_TOKEN (xapp-…) set, the server opens a WebSocket through
slack_sdk's `SocketModeClient` at start-up and receives the same events, slash
commands and clicks the webhooks would. Each envelope is acknowledged first
(Slack waits 3 s), except a slash command, whose ack carries the answer when it
is ready in time. Slack authenticates this transport itself (the app token), so
there is no request signature to check.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Any

import anyio
from fastapi import FastAPI
from pydantic import ValidationError
from slack_sdk import WebClient
from slack_sdk.socket_mode import SocketModeClient
from slack_sdk.socket_mode.client import BaseSocketModeClient
from slack_sdk.socket_mode.request import SocketModeRequest
from slack_sdk.socket_mode.response import SocketModeResponse

from bot.channels.slack.events import EventEnvelope
from bot.channels.slack.format import SlackMessage
from bot.channels.slack.handlers import SlackHandlers
from bot.channels.slack.payloads import BlockActions, SlashCommand
from bot.channels.slack.router import SLASH_BUDGET_SECONDS, poster_for, reply_style, slash_body
from bot.errors import StoreUnavailable
from bot.settings import Settings

log = logging.getLogger(__name__)


class SocketModeChannel:
    """One Socket Mode connection, answering through `SlackHandlers`."""

    def __init__(self, settings: Settings, handlers: SlackHandlers) -> None:
        assert settings.slack_app_token is not None
        bot_token = (
            settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else None
        )
        base_url = (
            settings.slack_api_url
            if settings.slack_api_url.endswith("/")
            else settings.slack_api_url + "/"
        )
        self.handlers = handlers
        self.response_type = settings.slack_slash_response_type
        self.client = SocketModeClient(
            app_token=settings.slack_app_token.get_secret_value(),
            web_client=WebClient(token=bot_token, base_url=base_url),
        )
        self.client.socket_mode_request_listeners.append(self.on_request)
        self._slow = concurrent.futures.ThreadPoolExecutor(2, thread_name_prefix="slack-slash")

    def connect(self) -> None:
        """Ask Slack for a WebSocket URL (apps.connections.open) and open it."""
        self.client.connect()

    def close(self) -> None:
        self.client.close()
        self._slow.shutdown(wait=False, cancel_futures=True)

    def on_request(self, client: BaseSocketModeClient, request: SocketModeRequest) -> None:
        """Runs in the client's worker threads, one envelope each."""
        try:
            if request.type == "slash_commands":
                self._command(client, request)
                return
            client.send_socket_mode_response(SocketModeResponse(envelope_id=request.envelope_id))
            if request.type == "events_api":
                envelope = EventEnvelope.model_validate(request.payload)
                retry = str(request.retry_attempt or 0)
                job = self.handlers.event_job(envelope, retry)
            elif request.type == "interactive":
                job = self.handlers.interaction_job(BlockActions.model_validate(request.payload))
            else:
                job = None
            if job is not None:
                job()
        except ValidationError:
            log.warning(
                "slack: malformed %s envelope %s ignored", request.type, request.envelope_id
            )
        except StoreUnavailable:
            log.error("slack: session store unavailable, envelope %s dropped", request.envelope_id)

    def _command(self, client: BaseSocketModeClient, request: SocketModeRequest) -> None:
        """The answer rides on the ack when ready in time, else follows via response_url."""
        command = SlashCommand.model_validate(request.payload)
        work = self._slow.submit(self.handlers.command, command)
        try:
            message = work.result(timeout=SLASH_BUDGET_SECONDS)
        except concurrent.futures.TimeoutError:
            message = SlackMessage(text="Still looking through the notes, one moment…")
            if command.response_url:
                url = command.response_url
                work.add_done_callback(
                    lambda done: self.handlers.poster.respond(
                        url, done.result(), self.response_type
                    )
                )
        client.send_socket_mode_response(
            SocketModeResponse(
                envelope_id=request.envelope_id, payload=slash_body(message, self.response_type)
            )
        )


def install(app: FastAPI, settings: Settings) -> None:
    """With SLACK_APP_TOKEN, connect at start-up (after the engine is loaded) and
    close at shutdown. A failed connection is logged; the rest of the bot serves on."""
    if settings.slack_app_token is None or not settings.slack_app_token.get_secret_value().strip():
        return
    inner = app.router.lifespan_context

    @contextlib.asynccontextmanager
    async def lifespan(application: Any) -> AsyncIterator[Any]:
        async with inner(application) as state:
            handlers = SlackHandlers(
                application.state,
                poster_for(settings),
                settings.slack_slash_response_type,
                reply_style(settings),
            )
            channel = SocketModeChannel(settings, handlers)
            try:
                await anyio.to_thread.run_sync(channel.connect)
                log.info("slack: Socket Mode connected")
            except Exception:
                log.exception("slack: Socket Mode connection failed; it will not be retried")
            application.state.slack_socket = channel
            try:
                yield state
            finally:
                await anyio.to_thread.run_sync(channel.close)

    app.router.lifespan_context = lifespan
