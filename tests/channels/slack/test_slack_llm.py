"""Slack with a model configured: a mention is answered once, after verification, so the
thread never sees a sentence the notes do not support; a generated answer says so."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from llm.model_standin import ModelStandIn
from llm.scripts import CASES, INVENTED, QUESTION, TIMEOUT
from pydantic import SecretStr
from slack_kit import BOT_TOKEN, SECRET, SlackApiRecorder, event_body, signed_headers


@pytest.fixture(scope="module")
def base(
    app_factory: Callable[..., Any],
    serve_app: Callable[[Any], str],
    recorder: SlackApiRecorder,
    model_standin: ModelStandIn,
) -> str:
    app = app_factory(
        slack_signing_secret=SecretStr(SECRET),
        slack_bot_token=SecretStr(BOT_TOKEN),
        slack_api_url=recorder.api_url,
        llm_url=model_standin.url,
        llm_timeout_seconds=TIMEOUT,
    )
    return serve_app(app)


@pytest.mark.parametrize("name", ["invented figure", "stalled stream"])
def test_a_mention_is_posted_once_and_only_verified(
    name: str,
    base: str,
    recorder: SlackApiRecorder,
    model_standin: ModelStandIn,
    unique: Callable[[str], str],
) -> None:
    case = next(c for c in CASES if c.name == name)
    model_standin.reset(case.script)
    body = event_body(
        "event_callback_app_mention.json",
        event_id=unique("l"),
        ts=unique("ts"),
        text=f"<@U0BOTBOT9> {QUESTION}",
    )
    response = httpx.post(
        base + "/webhooks/slack/events", content=body, headers=signed_headers(body), timeout=10
    )
    assert response.status_code == 200
    (call,) = recorder.wait_for(1, timeout=TIMEOUT + 5)
    assert recorder.settle() == [call]  # one post: no draft, no edit
    posted = call.body["text"] + str(call.body["blocks"])
    assert INVENTED not in posted and "18 regions" in posted
    generated = "Written by a language model" in posted
    assert generated == (case.mode == "generated")
