"""Feedback and analytics: every turn and every rating, written after the reply.

`install(app, settings)` is the one entry point the app factory calls: it adds
`POST /v1/feedback`, the `/admin` report page, and wraps the engine so each
turn is queued for a background writer (never written on the request path).
"""

from bot.analytics.wiring import install

__all__ = ["install"]
