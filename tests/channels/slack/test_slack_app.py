"""The Slack channel end to end: the real app and engine behind uvicorn, Slack's
Web API played by a local recorder. Uses the shared `engine`, `app_factory` and
`serve_app` fixtures from tests/conftest.py."""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
from pydantic import SecretStr
from slack_kit import (
    BOT_TOKEN,
    SECRET,
    SlackApiRecorder,
    event_body,
    load_json,
    signed_headers,
    slash_body,
)

from bot.channels.slack.format import render_reply
from bot.turns import TurnInput

FORM = "application/x-www-form-urlencoded"
QUESTION = "what is amazon s3"


@dataclass
class Server:
    base: str
    app: Any

    def post(
        self, path: str, body: bytes, content_type: str = "application/json", **extra: str
    ) -> httpx.Response:
        headers = signed_headers(body, content_type=content_type) | extra
        return httpx.post(self.base + path, content=body, headers=headers, timeout=10)

    def event(self, body: bytes, **extra: str) -> httpx.Response:
        return self.post("/webhooks/slack/events", body, **extra)

    def command(self, body: bytes) -> httpx.Response:
        return self.post("/webhooks/slack/commands", body, FORM)


@pytest.fixture(scope="module")
def server(
    app_factory: Callable[..., Any], serve_app: Callable[[Any], str], recorder: SlackApiRecorder
) -> Server:
    app = app_factory(
        # model_copy does not validate: secrets go in as SecretStr, as Settings holds them.
        slack_signing_secret=SecretStr(SECRET),
        slack_bot_token=SecretStr(BOT_TOKEN),
        slack_api_url=recorder.api_url,
        slack_slash_response_type="ephemeral",
        slack_response_url_hosts=[recorder.base],  # the recorder stands in for hooks.slack.com
    )
    return Server(serve_app(app), app)


def expected_text(engine: Any, question: str) -> str:
    """What a fresh conversation answers, as Slack fallback text."""
    result = engine.turn(TurnInput(text=question, session_id=f"probe-{uuid.uuid4()}"))
    return render_reply(result.reply).text


def test_url_verification_echoes_the_challenge(server: Server) -> None:
    body = (json.dumps(load_json("url_verification.json"))).encode()
    response = server.event(body)
    assert response.status_code == 200
    assert response.json() == {"challenge": load_json("url_verification.json")["challenge"]}


def test_a_mention_is_answered_in_its_thread_with_the_bot_token(
    server: Server, recorder: SlackApiRecorder, engine: Any, unique: Callable[[str], str]
) -> None:
    ts = unique("ts")
    body = event_body(
        "event_callback_app_mention.json",
        event_id=unique("m"),
        ts=ts,
        text=f"<@U0BOTBOT9> {QUESTION}",
    )
    assert server.event(body).status_code == 200
    (call,) = recorder.wait_for(1)
    assert call.path == "/api/chat.postMessage"
    assert call.headers["Authorization"] == f"Bearer {BOT_TOKEN}"
    assert call.body["channel"] == "C0DDDDDD4"
    assert call.body["thread_ts"] == ts
    assert call.body["text"] == expected_text(engine, QUESTION)
    assert call.body["blocks"][0]["type"] == "section"


def test_a_direct_message_is_answered(
    server: Server, recorder: SlackApiRecorder, engine: Any, unique: Callable[[str], str]
) -> None:
    ts = unique("ts")
    body = event_body("event_callback_message_im.json", event_id=unique("d"), ts=ts, text=QUESTION)
    assert server.event(body).status_code == 200
    (call,) = recorder.wait_for(1)
    assert (call.body["channel"], call.body["thread_ts"]) == ("D0FFFFFF6", ts)
    assert call.body["text"] == expected_text(engine, QUESTION)


def test_a_follow_up_in_the_thread_shares_the_conversation(
    server: Server, recorder: SlackApiRecorder, unique: Callable[[str], str]
) -> None:
    root = unique("ts")
    first = event_body(
        "event_callback_app_mention.json",
        event_id=unique("t"),
        ts=root,
        text=f"<@U0BOTBOT9> {QUESTION}",
    )
    server.event(first)
    recorder.wait_for(1)
    follow = event_body(
        "event_callback_app_mention.json",
        event_id=unique("t"),
        ts=unique("ts"),
        thread_ts=root,
        text="<@U0BOTBOT9> tell me more",
    )
    server.event(follow)
    calls = recorder.wait_for(2)
    assert calls[1].body["thread_ts"] == root
    state = server.app.state.sessions.get(f"slack:T0AAAAAA1:C0DDDDDD4:{root}")
    assert state is not None
    assert [turn.user for turn in state.history][-2:] == [QUESTION, "tell me more"]


def test_a_retry_with_the_same_event_id_is_answered_once(
    server: Server, recorder: SlackApiRecorder, unique: Callable[[str], str]
) -> None:
    body = event_body(
        "event_callback_app_mention.json", event_id=unique("r"), ts=unique("ts"), text=QUESTION
    )
    assert server.event(body).status_code == 200
    recorder.wait_for(1)
    retry = server.event(body, **{"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"})
    assert retry.status_code == 200
    assert len(recorder.settle()) == 1


def test_a_duplicate_delivery_under_a_new_event_id_is_answered_once(
    server: Server, recorder: SlackApiRecorder, unique: Callable[[str], str]
) -> None:
    ts = unique("ts")
    for event_id in (unique("x"), unique("x")):
        body = event_body("event_callback_message_im.json", event_id=event_id, ts=ts, text=QUESTION)
        assert server.event(body).status_code == 200
    assert len(recorder.settle()) == 1


def test_the_bots_own_message_is_not_answered(
    server: Server, recorder: SlackApiRecorder, unique: Callable[[str], str]
) -> None:
    own = event_body(
        "event_callback_message_im_from_own_bot.json", event_id=unique("o"), ts=unique("ts")
    )
    assert server.event(own).status_code == 200
    sentinel_ts = unique("ts")
    sentinel = event_body(
        "event_callback_message_im.json", event_id=unique("o"), ts=sentinel_ts, text=QUESTION
    )
    server.event(sentinel)
    calls = recorder.settle()
    assert [c.body["thread_ts"] for c in calls] == [sentinel_ts]


def test_the_slash_command_replies_with_the_answer_and_its_sources(
    server: Server, engine: Any
) -> None:
    expected = engine.turn(TurnInput(text=QUESTION, session_id=f"probe-{uuid.uuid4()}")).reply
    started = time.monotonic()
    response = server.command(slash_body(QUESTION))
    assert time.monotonic() - started < 3.0
    assert response.status_code == 200
    reply = response.json()
    assert reply["response_type"] == "ephemeral"
    assert reply["text"] == render_reply(expected).text
    assert reply["blocks"][0]["type"] == "section"
    assert expected.citations, "the probe question should be answered from the notes"
    contexts = [b for b in reply["blocks"] if b["type"] == "context"]
    assert len(contexts) == len(
        {(c.conference, c.section, c.speaker, c.date) for c in expected.citations}
    )
    first_source = contexts[0]["elements"][0]["text"]
    assert first_source.startswith("Source: *")
    assert expected.citations[0].conference in first_source


def test_an_empty_slash_command_gets_usage_help(server: Server, engine: Any) -> None:
    response = server.command(slash_body(""))
    assert response.status_code == 200
    reply = response.json()
    assert "/ask" in reply["text"]
    if getattr(engine, "suggestions", None):
        assert "For example" in json.dumps(reply["blocks"])


def test_an_ssl_check_gets_an_empty_200(server: Server) -> None:
    body = b"ssl_check=1&token=Zq8vLs1TqVnW3xK0aP7dR2mB"
    response = server.command(body)
    assert response.status_code == 200
    assert response.content == b""


def test_a_slack_api_error_is_logged_and_the_server_keeps_answering(
    server: Server,
    recorder: SlackApiRecorder,
    unique: Callable[[str], str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    recorder.fail_with = "not_in_channel"
    with caplog.at_level(logging.ERROR, logger="bot.channels.slack"):
        body = event_body(
            "event_callback_app_mention.json", event_id=unique("e"), ts=unique("ts"), text=QUESTION
        )
        assert server.event(body).status_code == 200
        recorder.wait_for(1)
        deadline = time.monotonic() + 5
        while "not_in_channel" not in caplog.text and time.monotonic() < deadline:
            time.sleep(0.05)
    assert "not_in_channel" in caplog.text
    recorder.fail_with = None
    assert server.command(slash_body(QUESTION)).status_code == 200
    again = event_body(
        "event_callback_message_im.json", event_id=unique("e"), ts=unique("ts"), text=QUESTION
    )
    assert server.event(again).status_code == 200
    assert len(recorder.wait_for(2)) == 2


def test_a_signed_rating_click_is_stored_with_the_answer_it_rates(
    server: Server, recorder: SlackApiRecorder, unique: Callable[[str], str]
) -> None:
    ts = unique("ts")
    body = event_body(
        "event_callback_app_mention.json",
        event_id=unique("f"),
        ts=ts,
        text=f"<@U0BOTBOT9> {QUESTION}",
    )
    server.event(body)
    (answer,) = recorder.wait_for(1)
    rating = answer.body["blocks"][-1]
    up = next(e for e in rating["elements"] if e["action_id"] == "feedback_up")
    click = {
        "type": "block_actions",
        "team": {"id": "T0AAAAAA1"},
        "user": {"id": "U0CCCCCC3"},
        "channel": {"id": "C0DDDDDD4"},
        "message": {"ts": "9.9", "thread_ts": ts},
        "response_url": recorder.base + "/actions/T0AAAAAA1/2/abc",
        "actions": [
            {
                "action_id": up["action_id"],
                "block_id": rating["block_id"],
                "value": up["value"],
                "type": "button",
                "action_ts": unique("ts"),
            }
        ],
    }
    form = urlencode({"payload": json.dumps(click)}).encode()
    assert server.post("/webhooks/slack/interactions", form, FORM).status_code == 200
    forged = httpx.post(
        server.base + "/webhooks/slack/interactions", content=form, headers={"Content-Type": FORM}
    )
    assert forged.status_code == 401
    thanks = recorder.wait_for(2)[1]
    assert thanks.path == "/actions/T0AAAAAA1/2/abc" and "👍" in thanks.body["text"]
    writer = server.app.state.analytics_writer
    assert writer.flush()
    stored = [r for r in writer.store.ratings_since(0) if r["session_id"].endswith(ts)]
    assert [(r["question"], r["rating"], r["channel"]) for r in stored] == [(QUESTION, 1, "slack")]
    assert len(recorder.settle()) == 2
