"""Add feedback and analytics to an app: routes, the channel middleware, and a
lifespan step that opens the store and wraps the engine once it is loaded."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Any

from fastapi import FastAPI

from bot.analytics import admin, feedback
from bot.analytics.recorder import ChannelMiddleware, RecordingEngine
from bot.analytics.store import AnalyticsStore
from bot.analytics.writer import AnalyticsWriter
from bot.settings import Settings

log = logging.getLogger(__name__)


def install(app: FastAPI, settings: Settings) -> None:
    """Feedback API and /admin always exist (answering 404 when off); recording
    starts in the lifespan, after the app's own start-up has loaded the engine."""
    app.state.analytics_writer = None
    app.state.analytics_down = False
    app.include_router(feedback.build_router())
    app.include_router(admin.build_router(settings))
    if not settings.analytics:
        return
    app.add_middleware(ChannelMiddleware)
    inner = app.router.lifespan_context

    @contextlib.asynccontextmanager
    async def lifespan(application: Any) -> AsyncIterator[Any]:
        async with inner(application) as state:
            writer = _open_writer(settings)
            application.state.analytics_down = writer is None
            if writer is not None:
                application.state.analytics_writer = writer
                application.state.engine = RecordingEngine(application.state.engine, writer)
            try:
                yield state
            finally:
                if writer is not None:
                    application.state.engine = application.state.engine.wrapped
                    application.state.analytics_writer = None
                    writer.close()

    app.router.lifespan_context = lifespan


def _open_writer(settings: Settings) -> AnalyticsWriter | None:
    """A broken analytics database must not stop the bot from answering."""
    try:
        store = AnalyticsStore(settings.analytics_url)
    except Exception:
        log.exception(
            "analytics: cannot open %s; turns and ratings are not recorded",
            _safe(settings.analytics_url),
        )
        return None
    return AnalyticsWriter(store, settings.analytics_retention_days)


def _safe(url: str) -> str:
    """The URL without its password, for logs."""
    scheme, sep, rest = url.partition("://")
    if "@" in rest:
        creds, _, host = rest.rpartition("@")
        rest = creds.split(":", 1)[0] + ":***@" + host
    return scheme + sep + rest
