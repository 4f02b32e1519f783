"""What a Slack delivery means, whichever way it arrived: the Events/interactivity
webhooks (HTTP) or a Socket Mode envelope. Both transports parse, then call these.

Each method that needs the session store or the engine is blocking; callers run
it in a worker thread. Jobs returned here are run after Slack was acknowledged.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any

from bot.channels.slack.answers import (
    MAX_CHARS,
    answer,
    answer_in_thread,
    answer_to_response_url,
)
from bot.channels.slack.events import (
    DEDUP_TTL_SECONDS,
    EventEnvelope,
    is_first_delivery,
    question_from,
)
from bot.channels.slack.format import (
    FEEDBACK_ACTIONS,
    ReplyStyle,
    SlackMessage,
    feedback_target,
    session_from_block_id,
)
from bot.channels.slack.payloads import Action, BlockActions, SlashCommand
from bot.channels.slack.poster import SlackPoster

log = logging.getLogger(__name__)
Job = Callable[[], object]
THANKS = {
    "up": "Thanks for the 👍.",
    "down": "Thanks for the 👎: it helps us see what the notes miss.",
}


class SlackHandlers:
    """Reads the engine, the session store and the analytics writer from the app's
    state at call time, so the engine can be loaded (and wrapped) after start-up."""

    def __init__(
        self,
        state: Any,
        poster: SlackPoster,
        response_type: str,
        style: ReplyStyle,
        max_chars: int = MAX_CHARS,
    ) -> None:
        self.state = state
        self.poster = poster
        self.response_type = response_type
        self.style = style
        self.max_chars = max_chars

    def event_job(self, envelope: EventEnvelope, retry: str = "0") -> Job | None:
        """A question to answer in its thread, unless ignored or already delivered."""
        question = question_from(envelope)
        if question is None:
            return None
        if not is_first_delivery(self.state.sessions, envelope.event_id, question):
            log.info(
                "slack: duplicate delivery ignored (event %s, retry %s)", envelope.event_id, retry
            )
            return None
        return functools.partial(
            answer_in_thread,
            self.state.engine,
            self.poster,
            channel=question.channel,
            thread_ts=question.thread_ts,
            text=question.text,
            session_id=question.session_id,
            style=self.style,
            max_chars=self.max_chars,
        )

    def command(self, command: SlashCommand) -> SlackMessage:
        return answer(
            self.state.engine, command.text.strip(), command.session_id, self.style, self.max_chars
        )

    def interaction_job(self, payload: BlockActions) -> Job | None:
        """A click: a rating, or a quick reply that becomes the conversation's next message."""
        if payload.type != "block_actions":
            return None
        action = next((a for a in payload.actions if a.value), None)
        if action is None:
            return None
        if action.action_id in FEEDBACK_ACTIONS:
            return self._rating_job(payload, action)
        session_id = session_from_block_id(action.block_id)
        if session_id is None or not self._first_click(session_id, action):
            return None
        engine, text = self.state.engine, action.value or ""
        if ":slash:" in session_id and payload.response_url:
            return functools.partial(
                answer_to_response_url,
                engine,
                self.poster,
                response_url=payload.response_url,
                response_type=self.response_type,
                text=text,
                session_id=session_id,
                style=self.style,
                max_chars=self.max_chars,
            )
        thread = payload.thread()
        if thread is None:
            return None
        return functools.partial(
            answer_in_thread,
            engine,
            self.poster,
            channel=thread[0],
            thread_ts=thread[1],
            text=text,
            session_id=session_id,
            style=self.style,
            max_chars=self.max_chars,
        )

    def _first_click(self, session_id: str, action: Action) -> bool:
        key = f"slack:action:{session_id}:{action.action_ts}:{action.action_id}"
        return bool(self.state.sessions.claim(key, DEDUP_TTL_SECONDS))

    def _rating_job(self, payload: BlockActions, action: Action) -> Job | None:
        target = feedback_target(action.block_id, action.value)
        if target is None or not self._first_click(target[0], action):
            return None
        rating = FEEDBACK_ACTIONS[action.action_id or ""]
        return functools.partial(self.rate, target[0], target[1], rating, payload.response_url)

    def rate(self, session_id: str, turn_at: float, rating: str, response_url: str | None) -> None:
        """Store the rating with the turn it rates, then thank the person who clicked."""
        from bot.analytics.feedback import rating_row

        writer = getattr(self.state, "analytics_writer", None)
        session = self.state.sessions.get(session_id)
        entry = next((h for h in session.history if h.at == turn_at), None) if session else None
        if writer is None:
            text = "Ratings are not recorded on this server."
        elif entry is None:
            text = "That answer is too old to rate: its conversation has expired."
        else:
            writer.submit(rating_row(session_id, entry, rating, None))
            text = THANKS[rating]
        if response_url:
            self.poster.respond(response_url, SlackMessage(text=text), "ephemeral")
