"""Which deliveries are questions, where they are answered, and dedup by claim."""

from __future__ import annotations

import json

from slack_kit import load_json

from bot.channels.slack.events import (
    DEDUP_TTL_SECONDS,
    EventEnvelope,
    is_first_delivery,
    question_from,
    strip_leading_mention,
)


class ClaimStore:
    """Just the `claim` half of the session store, recording TTLs."""

    def __init__(self) -> None:
        self.claimed: dict[str, int] = {}

    def claim(self, key: str, ttl_seconds: int) -> bool:
        if key in self.claimed:
            return False
        self.claimed[key] = ttl_seconds
        return True


def envelope(name: str, **event: object) -> EventEnvelope:
    payload = load_json(name)
    payload["event"].update(event)
    return EventEnvelope.model_validate_json(json.dumps(payload))


def test_a_mention_is_a_question_without_the_leading_mention() -> None:
    question = question_from(envelope("event_callback_app_mention.json"))
    assert question is not None
    assert question.text == "what are your opening hours on Sunday?"
    assert (question.channel, question.thread_ts) == ("C0DDDDDD4", "1767225600.000100")
    assert question.session_id == "slack:T0AAAAAA1:C0DDDDDD4:1767225600.000100"


def test_a_reply_in_a_thread_is_answered_in_that_thread_and_session() -> None:
    question = question_from(
        envelope("event_callback_app_mention.json", ts="1767225700.000001", thread_ts="1.5")
    )
    assert question is not None
    assert question.thread_ts == "1.5"
    assert question.session_id.endswith(":1.5")


def test_a_direct_message_is_a_question() -> None:
    question = question_from(envelope("event_callback_message_im.json"))
    assert question is not None
    assert question.text == "Can I book a table for 4 tomorrow?"
    assert question.thread_ts == "1767225660.000200"


def test_slack_entities_in_the_question_are_unescaped_for_the_engine() -> None:
    question = question_from(envelope("event_callback_message_im.json", text="a &lt; b &amp; c"))
    assert question is not None and question.text == "a < b & c"


def test_our_own_bot_message_is_ignored() -> None:
    assert question_from(envelope("event_callback_message_im_from_own_bot.json")) is None


def test_a_message_from_our_bot_user_is_ignored_even_without_bot_id() -> None:
    assert question_from(envelope("event_callback_message_im.json", user="U0BOTBOT9")) is None


def test_edits_joins_and_other_subtypes_are_ignored() -> None:
    for subtype in ("message_changed", "bot_message", "channel_join", "message_deleted"):
        assert question_from(envelope("event_callback_message_im.json", subtype=subtype)) is None


def test_channel_messages_without_a_mention_are_ignored() -> None:
    event = envelope("event_callback_message_im.json", channel_type="channel")
    assert question_from(event) is None


def test_mentions_are_stripped_only_at_the_start() -> None:
    assert strip_leading_mention("<@U0BOT>  hi") == "hi"
    assert strip_leading_mention("<@U0BOT|bot>: hi <@U2> there") == "hi <@U2> there"
    assert strip_leading_mention("hi <@U0BOT>") == "hi <@U0BOT>"


def test_a_retry_of_the_same_event_is_not_a_first_delivery() -> None:
    store = ClaimStore()
    question = question_from(envelope("event_callback_app_mention.json"))
    assert question is not None
    assert is_first_delivery(store, "Ev1", question)
    assert not is_first_delivery(store, "Ev1", question)
    assert all(ttl >= 3600 for ttl in store.claimed.values())
    assert DEDUP_TTL_SECONDS >= 3600


def test_the_same_message_under_a_new_event_id_is_not_a_first_delivery() -> None:
    store = ClaimStore()
    question = question_from(envelope("event_callback_app_mention.json"))
    assert question is not None
    assert is_first_delivery(store, "Ev1", question)
    assert not is_first_delivery(store, "Ev2", question)
