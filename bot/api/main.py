"""ASGI entry for multi-worker serving: each worker builds its own app from the environment."""

from __future__ import annotations

from bot.api.app import create_app
from bot.settings import Settings

app = create_app(Settings())
