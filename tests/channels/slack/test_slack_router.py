"""The Slack router over real HTTP, with a scripted engine: timing, dedup, failures.

The real engine answers in milliseconds, so the 3-second rule and engine failures
can only be exercised with a stand-in; end-to-end answers are in test_slack_app.py.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import urlencode

import httpx
import pytest
from slack_kit import (
    BOT_TOKEN,
    ScriptedEngine,
    SlackApiRecorder,
    event_body,
    serving,
    signed_headers,
    slack_settings,
    slash_body,
    stub_app,
)

FORM = "application/x-www-form-urlencoded"


@dataclass
class Stub:
    base: str
    engine: ScriptedEngine

    def post(
        self, path: str, body: bytes, content_type: str = "application/json"
    ) -> httpx.Response:
        headers = signed_headers(body, content_type=content_type)
        return httpx.post(self.base + path, content=body, headers=headers, timeout=10)


@pytest.fixture(scope="module")
def stub(recorder: SlackApiRecorder) -> Iterator[Stub]:
    engine = ScriptedEngine()
    settings = slack_settings(
        slack_api_url=recorder.api_url, slack_response_url_hosts=[recorder.base]
    )
    with serving(stub_app(engine, settings)) as base:
        yield Stub(base, engine)


@pytest.fixture(autouse=True)
def _prompt_engine(stub: Stub) -> None:
    stub.engine.delay_seconds = 0.0


def test_without_a_signing_secret_every_slack_endpoint_is_404() -> None:
    app = stub_app(ScriptedEngine(), slack_settings(slack_signing_secret=None))
    with serving(app) as base:
        for path in ("events", "commands", "interactions"):
            body = b"{}"
            response = httpx.post(
                f"{base}/webhooks/slack/{path}", content=body, headers=signed_headers(body)
            )
            assert response.status_code == 404


def test_a_badly_signed_request_gets_401_and_never_reaches_the_engine(stub: Stub) -> None:
    body = slash_body("what is s3")
    headers = signed_headers(body, content_type=FORM, secret="wrong")
    before = len(stub.engine.turns)
    response = httpx.post(stub.base + "/webhooks/slack/commands", content=body, headers=headers)
    assert response.status_code == 401
    assert response.json() == {"error": "invalid request"}
    assert len(stub.engine.turns) == before


def test_a_stale_url_verification_is_rejected_before_the_challenge_is_echoed(stub: Stub) -> None:
    body = json.dumps({"type": "url_verification", "challenge": "c"}).encode()
    headers = signed_headers(body, timestamp=int(time.time()) - 400)
    response = httpx.post(stub.base + "/webhooks/slack/events", content=body, headers=headers)
    assert response.status_code == 401
    assert "c" not in response.text.replace("invalid request", "")


def test_a_mention_is_acknowledged_before_a_slow_engine_answers(
    stub: Stub, recorder: SlackApiRecorder, unique: Callable[[str], str]
) -> None:
    stub.engine.delay_seconds = 1.5
    ts = unique("ts")
    body = event_body("event_callback_app_mention.json", event_id=unique("m"), ts=ts)
    started = time.monotonic()
    response = stub.post("/webhooks/slack/events", body)
    assert response.status_code == 200
    assert time.monotonic() - started < 1.0
    assert recorder.calls == []  # the answer is not in yet: it comes after the ack
    (call,) = recorder.wait_for(1)
    assert call.body["thread_ts"] == ts
    assert call.headers["Authorization"] == f"Bearer {BOT_TOKEN}"


def test_a_slow_slash_command_is_acknowledged_in_time_and_answered_at_its_response_url(
    stub: Stub, recorder: SlackApiRecorder
) -> None:
    stub.engine.delay_seconds = 3.2
    body = slash_body("what is s3", response_url=recorder.base + "/commands/late")
    started = time.monotonic()
    response = stub.post("/webhooks/slack/commands", body, FORM)
    assert time.monotonic() - started < 3.0
    assert response.status_code == 200 and response.json()["text"]
    (call,) = recorder.wait_for(1)
    assert call.path == "/commands/late"
    assert call.body["text"] == "You asked: what is s3"
    assert call.body["response_type"] == "ephemeral"


def test_an_engine_failure_is_answered_with_an_apology(
    stub: Stub,
    recorder: SlackApiRecorder,
    unique: Callable[[str], str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(_: object) -> None:
        raise RuntimeError("index gone")

    monkeypatch.setattr(stub.engine, "turn", broken)
    body = event_body("event_callback_message_im.json", event_id=unique("f"), ts=unique("ts"))
    assert stub.post("/webhooks/slack/events", body).status_code == 200
    (call,) = recorder.wait_for(1)
    assert "try again" in call.body["text"]


def test_a_button_click_continues_the_conversation_in_its_thread(
    stub: Stub, recorder: SlackApiRecorder, unique: Callable[[str], str]
) -> None:
    ts = unique("ts")
    body = event_body(
        "event_callback_app_mention.json",
        event_id=unique("b"),
        ts=ts,
        text="<@U0BOTBOT9> which talk?",
    )
    stub.post("/webhooks/slack/events", body)
    (prompt,) = recorder.wait_for(1)
    actions = prompt.body["blocks"][-1]
    assert actions["type"] == "actions"
    button = actions["elements"][0]
    click = {
        "type": "block_actions",
        "team": {"id": "T0AAAAAA1"},
        "user": {"id": "U0CCCCCC3"},
        "channel": {"id": "C0DDDDDD4"},
        "container": {"type": "message", "message_ts": "9.9", "channel_id": "C0DDDDDD4"},
        "message": {"ts": "9.9", "thread_ts": ts},
        "actions": [
            {
                "action_id": button["action_id"],
                "block_id": actions["block_id"],
                "value": button["value"],
                "type": "button",
                "action_ts": "10.1",
            }
        ],
    }
    form = urlencode({"payload": json.dumps(click)}).encode()
    assert stub.post("/webhooks/slack/interactions", form, FORM).status_code == 200
    assert stub.post("/webhooks/slack/interactions", form, FORM).status_code == 200  # double click
    calls = recorder.wait_for(2)
    assert calls[1].body["thread_ts"] == ts
    assert calls[1].body["text"] == "You asked: Serverless patterns"
    assert stub.engine.turns[-1].session_id == stub.engine.turns[-2].session_id
    assert len(recorder.settle()) == 2


def test_a_slack_api_error_is_logged_and_the_server_keeps_answering(
    stub: Stub,
    recorder: SlackApiRecorder,
    unique: Callable[[str], str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    recorder.fail_with = "channel_not_found"
    with caplog.at_level(logging.ERROR, logger="bot.channels.slack"):
        body = event_body("event_callback_message_im.json", event_id=unique("e"), ts=unique("ts"))
        assert stub.post("/webhooks/slack/events", body).status_code == 200
        recorder.wait_for(1)
        deadline = time.monotonic() + 5
        while "channel_not_found" not in caplog.text and time.monotonic() < deadline:
            time.sleep(0.05)
    assert "channel_not_found" in caplog.text
    recorder.reset()
    body = event_body("event_callback_message_im.json", event_id=unique("e"), ts=unique("ts"))
    assert stub.post("/webhooks/slack/events", body).status_code == 200
    assert recorder.wait_for(1)[0].body["text"].startswith("You asked:")


def test_the_slash_response_type_follows_the_setting() -> None:
    app = stub_app(ScriptedEngine(), slack_settings(slack_slash_response_type="in_channel"))
    with serving(app) as base:
        reply = Stub(base, ScriptedEngine()).post(
            "/webhooks/slack/commands", slash_body("hi"), FORM
        )
    assert reply.json()["response_type"] == "in_channel"
    assert reply.json()["text"] == "You asked: hi"


def test_help_shows_the_engines_own_example_questions(stub: Stub) -> None:
    turns_before = len(stub.engine.turns)
    reply = stub.post("/webhooks/slack/commands", slash_body("   "), FORM).json()
    examples = reply["blocks"][-1]["text"]["text"]
    for suggestion in ScriptedEngine.suggestions:
        assert f"/ask {suggestion}" in examples
    assert len(stub.engine.turns) == turns_before  # help does not spend an engine turn


def test_a_bare_mention_is_answered_with_help(
    stub: Stub, recorder: SlackApiRecorder, unique: Callable[[str], str]
) -> None:
    body = event_body(
        "event_callback_app_mention.json",
        event_id=unique("h"),
        ts=unique("ts"),
        text="<@U0BOTBOT9>",
    )
    stub.post("/webhooks/slack/events", body)
    (call,) = recorder.wait_for(1)
    assert "/ask" in call.body["text"]
