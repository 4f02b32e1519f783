"""The request id: set once at the edge, read by every log line of that request.

A context variable rather than a parameter, because the lines that need it are
written deep in channels and threads; anyio copies it into worker threads.
"""

from __future__ import annotations

import logging
import uuid
from contextvars import ContextVar

request_id: ContextVar[str] = ContextVar("request_id", default="-")
_ALLOWED = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:")


def accept_or_new(supplied: str | None) -> str:
    """A proxy's X-Request-ID when it is short and plain (it goes into logs), else a new one."""
    if supplied and len(supplied) <= 64 and set(supplied) <= _ALLOWED:
        return supplied
    return uuid.uuid4().hex


class RequestIdFilter(logging.Filter):
    """Puts `request_id` on every record, so formats (text or JSON) can show it."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id.get()
        return True
