"""Events API envelopes: which deliveries deserve an answer, and in which thread.

Slack sends far more than questions (edits, joins, our own replies echoed back),
and it redelivers; this module decides, from the payload alone, what is a
question and who asked it, so the router stays a thin translator.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field

from bot.sessions.base import SessionStore

# Long enough to outlive Slack's retries (minutes) and incident re-sends (issue #2141).
DEDUP_TTL_SECONDS = 2 * 3600

_LEADING_MENTION = re.compile(r"^\s*<@[A-Z0-9]+(?:\|[^>]*)?>[\s,:]*")


class SlackAuthorization(BaseModel):
    model_config = ConfigDict(extra="ignore")

    team_id: str | None = None
    user_id: str | None = None
    is_bot: bool = False


class SlackEvent(BaseModel):
    """The inner event; only the fields that decide whether and where to answer."""

    model_config = ConfigDict(extra="ignore")

    type: str
    user: str | None = None
    bot_id: str | None = None
    subtype: str | None = None
    text: str | None = None
    ts: str | None = None
    thread_ts: str | None = None
    channel: str | None = None
    channel_type: str | None = None


class EventEnvelope(BaseModel):
    """Outer payload: `url_verification` or `event_callback` (others are acknowledged)."""

    model_config = ConfigDict(extra="ignore")

    type: str
    challenge: str | None = None
    team_id: str | None = None
    event_id: str | None = None
    event: SlackEvent | None = None
    # Older payloads carry authed_users instead; neither is required.
    authorizations: list[SlackAuthorization] = Field(default_factory=list)

    def bot_user_ids(self) -> set[str]:
        """Our own bot user, so the bot never answers itself."""
        return {a.user_id for a in self.authorizations if a.is_bot and a.user_id}


@dataclass(frozen=True)
class Question:
    """A message that should be answered, and where the answer goes."""

    team: str
    channel: str
    ts: str
    thread_ts: str
    text: str
    user: str | None

    @property
    def session_id(self) -> str:
        # One session per thread root, so follow-ups in a thread share memory.
        return f"slack:{self.team}:{self.channel}:{self.thread_ts}"


def strip_leading_mention(text: str) -> str:
    """Drop the `<@BOT>` that starts an app_mention; the engine needs the question only."""
    return _LEADING_MENTION.sub("", text, count=1).strip()


def unescape_slack(text: str) -> str:
    """Slack escapes &, < and > in message text; the engine wants what the user typed."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _is_addressed_to_us(event: SlackEvent) -> bool:
    if event.type == "app_mention":
        return True
    return event.type == "message" and event.channel_type == "im"


def question_from(envelope: EventEnvelope) -> Question | None:
    """The question in an event_callback, or None when it must be ignored."""
    event = envelope.event
    if envelope.type != "event_callback" or event is None:
        return None
    if event.bot_id or event.subtype or not _is_addressed_to_us(event):
        return None
    if event.user is None or event.user in envelope.bot_user_ids():
        return None
    if not event.channel or not event.ts:
        return None
    text = unescape_slack(strip_leading_mention(event.text or ""))
    return Question(
        team=envelope.team_id or "-",
        channel=event.channel,
        ts=event.ts,
        thread_ts=event.thread_ts or event.ts,
        text=text,
        user=event.user,
    )


def is_first_delivery(store: SessionStore, event_id: str | None, question: Question) -> bool:
    """Claim the event and the message; a retry or a re-send under a new id loses.

    Both claims live in the shared store, so two replicas never both answer.
    """
    keys = [f"slack:msg:{question.team}:{question.channel}:{question.ts}"]
    if event_id:
        keys.insert(0, f"slack:event:{event_id}")
    # all() short-circuits: a known event_id does not need the second claim.
    return all(store.claim(key, DEDUP_TTL_SECONDS) for key in keys)
