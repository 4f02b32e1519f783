"""ASGI entry for `uvicorn bot.api.main:app` and for each `--workers` process: every
worker builds its own app (and logging) from the environment."""

from __future__ import annotations

from bot.api import logs
from bot.api.app import create_app
from bot.settings import Settings

settings = Settings()
logs.configure(settings.log_level, settings.log_format)
app = create_app(settings)
