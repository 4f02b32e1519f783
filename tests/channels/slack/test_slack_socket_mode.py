"""Slack over Socket Mode with the real app and engine, against a local stand-in of
Slack's WebSocket (hello, envelopes, acks, disconnect) and Web API."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import parse_qsl

import pytest
from fastapi.testclient import TestClient
from slack_kit import BOT_TOKEN, DATA, SlackApiRecorder, event_body
from socket_standin import SocketModeStandIn

APP_TOKEN = "xapp-1-A0BBBBBB2-1234-standin"
QUESTION = "<@U0BOTBOT9> How many AWS regions were there at AWSome Day?"


@pytest.fixture(scope="module")
def standin() -> Iterator[SocketModeStandIn]:
    server = SocketModeStandIn().start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def connected(
    app_factory: Callable[..., Any],
    standin: SocketModeStandIn,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[TestClient, SlackApiRecorder]]:
    recorder = SlackApiRecorder().start()
    recorder.socket_url = standin.url
    db = tmp_path_factory.mktemp("socket") / "analytics.sqlite3"
    app = app_factory(
        slack_app_token=APP_TOKEN,
        slack_bot_token=BOT_TOKEN,
        slack_api_url=recorder.api_url,
        slack_response_url_hosts=[recorder.base],  # the recorder stands in for hooks.slack.com
        public_url="https://bot.example.org",
        analytics_url=f"sqlite:///{db}",
    )
    with TestClient(app) as client:
        standin.wait_connected()
        yield client, recorder
    recorder.stop()


def posts(recorder: SlackApiRecorder) -> list[Any]:
    return [c for c in recorder.calls if c.path.endswith("chat.postMessage")]


def test_the_app_token_opens_the_connection(connected: Any) -> None:
    _, recorder = connected
    opened = [c for c in recorder.calls if c.path.endswith("apps.connections.open")]
    assert opened and opened[0].headers["Authorization"] == f"Bearer {APP_TOKEN}"


def test_a_mention_is_acked_at_once_then_answered_in_its_thread(
    connected: Any, standin: SocketModeStandIn, unique: Callable[[str], str]
) -> None:
    _, recorder = connected
    recorder.reset()
    ts, event_id = unique("ts"), unique("s")
    payload = json.loads(
        event_body("event_callback_app_mention.json", event_id=event_id, ts=ts, text=QUESTION)
    )
    envelope = standin.send(
        "events_api", payload, accepts_response_payload=False, retry_attempt=0, retry_reason=""
    )
    ack, took = standin.ack_for(envelope)
    assert ack == {"envelope_id": envelope} and took < 3.0
    (post,) = recorder.wait_for(1)
    assert post.headers["Authorization"] == f"Bearer {BOT_TOKEN}"
    assert post.body["channel"] == "C0DDDDDD4" and post.body["thread_ts"] == ts
    assert "18 regions" in post.body["text"]
    blocks = post.body["blocks"]
    source = next(b for b in blocks if b["type"] == "context")["elements"][0]["text"]
    assert source.startswith(
        "Source: <https://bot.example.org/notes/awsome-day-manchester-2018.txt#passage-"
    )
    # Slack redelivers the same event after a timeout: acked, never answered twice
    again = standin.send(
        "events_api",
        payload,
        accepts_response_payload=False,
        retry_attempt=1,
        retry_reason="timeout",
    )
    standin.ack_for(again)
    assert len(posts(recorder)) == 1 and len(recorder.settle()) == 1


def test_a_rating_click_is_acked_thanked_and_stored(
    connected: Any, standin: SocketModeStandIn, unique: Callable[[str], str]
) -> None:
    client, recorder = connected
    recorder.reset()
    ts = unique("ts")
    payload = json.loads(
        event_body("event_callback_app_mention.json", event_id=unique("r"), ts=ts, text=QUESTION)
    )
    standin.ack_for(standin.send("events_api", payload))
    (post,) = recorder.wait_for(1)
    rating = post.body["blocks"][-1]
    down = rating["elements"][1]
    click = {
        "type": "block_actions",
        "team": {"id": "T0AAAAAA1"},
        "user": {"id": "U0CCCCCC3"},
        "channel": {"id": "C0DDDDDD4"},
        "container": {"type": "message", "message_ts": "9.9", "channel_id": "C0DDDDDD4"},
        "message": {"ts": "9.9", "thread_ts": ts},
        "response_url": recorder.base + "/actions/T0AAAAAA1/1/xyz",
        "actions": [
            {
                "action_id": down["action_id"],
                "block_id": rating["block_id"],
                "value": down["value"],
                "type": "button",
                "action_ts": unique("ts"),
            }
        ],
    }
    ack, _ = standin.ack_for(standin.send("interactive", click, accepts_response_payload=False))
    assert ack == {"envelope_id": ack["envelope_id"]}
    thanks = recorder.wait_for(2)[1]
    assert thanks.path == "/actions/T0AAAAAA1/1/xyz"
    assert thanks.body["response_type"] == "ephemeral" and "👎" in thanks.body["text"]
    writer = client.app.state.analytics_writer
    assert writer.flush()
    (row,) = writer.store.ratings_since(0)
    assert row["rating"] == -1 and row["channel"] == "slack"
    assert row["question"] == QUESTION.removeprefix("<@U0BOTBOT9> ")


def test_a_slash_command_is_answered_in_its_ack(connected: Any, standin: SocketModeStandIn) -> None:
    form = dict(parse_qsl((DATA / "slash_command.body.txt").read_text().strip()))
    form.update(command="/ask", text="Who gave the keynote at AWSome Day?")
    envelope = standin.send("slash_commands", form, accepts_response_payload=True)
    ack, took = standin.ack_for(envelope)
    assert took < 3.0
    assert ack["payload"]["response_type"] == "ephemeral"
    assert ack["payload"]["text"] and ack["payload"]["blocks"][0]["type"] == "section"


def test_after_a_disconnect_the_app_reconnects_with_a_new_url(
    connected: Any, standin: SocketModeStandIn, unique: Callable[[str], str]
) -> None:
    _, recorder = connected
    before = standin.connections
    standin.disconnect()
    standin.wait_connected(before + 1)
    recorder.reset()
    payload = json.loads(
        event_body("event_callback_message_im.json", event_id=unique("d"), ts=unique("ts"))
    )
    standin.ack_for(standin.send("events_api", payload))
    assert recorder.wait_for(1)[0].path.endswith("chat.postMessage")
