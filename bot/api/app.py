"""The app factory: settings in, a wired FastAPI app out. No work at import."""

from __future__ import annotations

import contextlib
import importlib
import logging
from collections.abc import AsyncIterator

from fastapi import FastAPI

from bot import __version__
from bot.api import errors
from bot.api.deps import require_api_key
from bot.api.routes import ask, health
from bot.settings import Settings

log = logging.getLogger("bot")
CHANNELS = ("bot.channels.lex.router", "bot.channels.slack.router")
# Modules with `install(app, settings)`: feedback and analytics, Slack over Socket Mode.
EXTENSIONS = ("bot.analytics", "bot.channels.slack.socket")


def create_app(settings: Settings, engine: object | None = None) -> FastAPI:
    """Build the app; the engine (model + index) loads in the lifespan unless one is given."""

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if getattr(app.state, "engine", None) is None:
            from bot.engine import Engine

            app.state.engine = Engine.load(settings)
        app.state.sessions = app.state.engine.sessions
        yield

    app = FastAPI(title="Conference-notes assistant", version=__version__, lifespan=lifespan)
    app.state.settings = settings
    app.state.engine = engine
    app.state.sessions = getattr(engine, "sessions", None)
    errors.install(app)
    from fastapi import Depends

    app.include_router(health.router)
    app.include_router(ask.router, dependencies=[Depends(require_api_key)])
    for module_name in CHANNELS:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name and module_name.startswith(exc.name):
                continue
            raise
        app.include_router(module.build_router(settings))
    try:
        web = importlib.import_module("bot.channels.web")
    except ModuleNotFoundError:
        web = None
    if web is not None and hasattr(web, "install"):
        web.install(app, settings)
    for module_name in EXTENSIONS:
        importlib.import_module(module_name).install(app, settings)
    return app
