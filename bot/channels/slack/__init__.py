"""Slack channel: Events API, the /ask slash command and button clicks.

Only `build_router` is public; the app factory includes it.
"""

from bot.channels.slack.router import build_router

__all__ = ["build_router"]
