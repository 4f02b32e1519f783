"""One engine turn, as a Slack message: the only place the Slack channel calls the engine.

The engine is synchronous and CPU-bound; callers run these functions in a worker
thread (a background task or the thread pool), never on the event loop.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Protocol

from bot.channels.slack.format import (
    ReplyStyle,
    SlackMessage,
    render_error,
    render_help,
    render_reply,
    render_too_long,
)
from bot.channels.slack.poster import SlackPoster
from bot.turns import TurnInput, TurnResult

log = logging.getLogger(__name__)

MAX_EXAMPLES = 4
MAX_CHARS = 2000  # the API's limit; the router passes BOT_MAX_TEXT_CHARS


class TurnEngine(Protocol):
    def turn(self, turn: TurnInput) -> TurnResult: ...


def examples_from(engine: object) -> list[str]:
    """Example questions the engine offers (if any): the corpus knows, this module doesn't."""
    offered = getattr(engine, "suggestions", None)
    try:
        if callable(offered):
            offered = offered()
        if not isinstance(offered, Iterable) or isinstance(offered, str):
            return []
        return [str(s) for s in offered if str(s).strip()][:MAX_EXAMPLES]
    except Exception:
        log.warning("slack: engine suggestions unavailable", exc_info=True)
        return []


def answer(
    engine: TurnEngine,
    text: str,
    session_id: str,
    style: ReplyStyle | None = None,
    max_chars: int = MAX_CHARS,
) -> SlackMessage:
    """The reply to `text` in `session_id`; help for an empty question, a note for one too
    long to read (Slack allows 40,000 characters), an apology on failure."""
    if not text.strip():
        return render_help(examples_from(engine))
    if len(text) > max_chars:
        return render_too_long(len(text), max_chars)
    try:
        result = engine.turn(TurnInput(text=text, session_id=session_id))
    except Exception:
        log.exception("slack: engine turn failed for session %s", session_id)
        return render_error()
    return render_reply(result.reply, style, turn_time(result))


def turn_time(result: TurnResult) -> float | None:
    """When this turn was remembered: what a rating button points back to."""
    history = result.state.history
    return history[-1].at if history else None


def answer_in_thread(
    engine: TurnEngine,
    poster: SlackPoster,
    *,
    channel: str,
    thread_ts: str,
    text: str,
    session_id: str,
    style: ReplyStyle | None = None,
    max_chars: int = MAX_CHARS,
) -> None:
    """Background job: answer, then post in the asking message's thread."""
    poster.post(channel, thread_ts, answer(engine, text, session_id, style, max_chars))


def answer_to_response_url(
    engine: TurnEngine,
    poster: SlackPoster,
    *,
    response_url: str,
    response_type: str,
    text: str,
    session_id: str,
    style: ReplyStyle | None = None,
    max_chars: int = MAX_CHARS,
) -> None:
    """Background job for replies that must go where the slash command was issued."""
    poster.respond(response_url, answer(engine, text, session_id, style, max_chars), response_type)
