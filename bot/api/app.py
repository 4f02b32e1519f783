"""The app factory: settings in, a wired FastAPI app out. No work at import.

Layers, outermost first: Edge (request id, Host allowlist, bounded body, access line,
JSON 500s), the web sign-in guard, Admission (rate and load limits), then the routes.
Without an engine given, the lifespan loads one through an `EngineHolder`, which also
swaps in new index builds while serving.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
from collections.abc import AsyncIterator
from typing import Any

from fastapi import FastAPI

from bot import __version__
from bot.api import docs, errors
from bot.api.admission import Admission, Shed
from bot.api.edge import Edge
from bot.api.holder import EngineHolder, Serving
from bot.api.metrics import MeteredEngine, Metrics
from bot.api.routes import ask, health, sessions, stream
from bot.grounded import generator_from, grounded
from bot.settings import Settings

log = logging.getLogger("bot")
CHANNELS = ("bot.channels.lex.router", "bot.channels.slack.router")
# Modules with `install(app, settings)`: feedback and analytics, Slack over Socket Mode.
EXTENSIONS = ("bot.analytics", "bot.channels.slack.socket")


def create_app(settings: Settings, engine: object | None = None) -> FastAPI:
    """Build the app; the engine (model + index) loads in the lifespan unless one is given."""
    metrics = Metrics() if settings.metrics else None
    generator = generator_from(settings)  # BOT_LLM_URL: a model writes verified answers
    if generator is not None and metrics is not None:
        generator.observers.append(metrics.observe_generation)
        metrics.watch_breaker(generator.breaker)

    def serve(new: Any) -> None:  # one assignment: a request keeps the engine it started with
        new = grounded(new, generator)
        app.state.engine = MeteredEngine(new, metrics) if metrics else new

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        tasks: list[asyncio.Task[None]] = []
        if app.state.engine is None:
            from bot.sessions.redis_store import open_store

            store = open_store(
                settings.session_url, settings.session_ttl_seconds, settings.session_memory_mb << 20
            )
            app.state.sessions = store

            def swapped(serving: Serving) -> None:
                serve(serving.engine)
                if metrics is not None:
                    metrics.reloads.inc()

            refused = (lambda _: metrics.refused.inc()) if metrics is not None else None
            holder = EngineHolder(settings, store, swapped, refused)
            app.state.holder = holder
            await asyncio.to_thread(holder.load_now)
            holder.listen_for_sighup()
            tasks.append(asyncio.create_task(holder.watch()))
        if metrics is not None:
            tasks.append(asyncio.create_task(metrics.watch_loop()))
        if generator is not None:
            await asyncio.to_thread(generator.warm_up)
        try:
            yield
        finally:
            for task in tasks:
                task.cancel()
            if generator is not None:
                await asyncio.to_thread(generator.close)

    app = FastAPI(
        title="Conference-notes assistant",
        version=__version__,
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.engine = None
    app.state.holder = None
    app.state.metrics = metrics
    app.state.generator = generator
    app.state.shed = Shed()
    app.state.sessions = getattr(engine, "sessions", None)
    if engine is not None:
        serve(engine)
    errors.install(app)
    app.include_router(health.router)
    app.include_router(ask.router)
    app.include_router(stream.router)
    app.include_router(sessions.router)
    _include_channels(app, settings)
    _install_web(app, settings)
    for module_name in EXTENSIONS:
        importlib.import_module(module_name).install(app, settings)
    docs.install(app, settings.max_text_chars, keys_required=bool(settings.api_keys))
    app.add_middleware(
        Admission,
        rate=settings.rate_limit_per_second,
        burst=settings.rate_limit_burst,
        max_inflight=settings.max_inflight,
        max_queue=settings.max_queue,
        queue_timeout=settings.queue_timeout_seconds,
        shed=app.state.shed,
        keys=settings.api_keys,
    )
    app.add_middleware(
        Edge,
        allowed_hosts=settings.allowed_hosts,
        max_body_bytes=settings.max_body_bytes,
        body_timeout=settings.body_timeout_seconds,
        access_log=settings.access_log,
        observe=metrics.observe_request if metrics else None,
    )
    return app


def _include_channels(app: FastAPI, settings: Settings) -> None:
    """Each channel that is installed adds its router; one left out of the install is skipped."""
    for module_name in CHANNELS:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name and module_name.startswith(exc.name):
                continue
            raise
        app.include_router(module.build_router(settings))


def _install_web(app: FastAPI, settings: Settings) -> None:
    try:
        web = importlib.import_module("bot.channels.web")
    except ModuleNotFoundError:
        return
    if hasattr(web, "install"):
        web.install(app, settings)
    from bot.channels.web import auth

    auth.install(app, settings, web.WEB_DIR)
