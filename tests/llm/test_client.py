"""The chat-completions client against the stand-in: the documented stream and JSON
forms, failures as domain errors, and a deadline that holds even when a stream stalls."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from bot.errors import ModelError, ModelTimeout
from bot.llm.client import ChatClient
from llm.model_standin import ModelStandIn, Script

MESSAGES = [{"role": "user", "content": "How many regions?"}]


@pytest.fixture
def client(model_standin: ModelStandIn) -> Iterator[ChatClient]:
    chat = ChatClient(model_standin.url, "notes-model", api_key="model-key")
    chat.warm_up()
    yield chat
    chat.close()


def test_a_streamed_reply_arrives_token_by_token_with_usage(
    client: ChatClient, model_standin: ModelStandIn
) -> None:
    model_standin.reset(
        Script(
            tokens=["AWS", " has", " 18 regions [1]."],
            usage={"prompt_tokens": 90, "completion_tokens": 3},
        )
    )
    seen: list[str] = []
    done = client.complete(MESSAGES, 2.0, seen.append)
    assert seen == ["AWS", " has", " 18 regions [1]."]
    assert done.text == "AWS has 18 regions [1]."
    assert (done.prompt_tokens, done.completion_tokens) == (90, 3)
    assert done.first_token_seconds is not None and done.first_token_seconds <= done.seconds
    (sent,) = model_standin.requests
    assert sent.body["model"] == "notes-model" and sent.body["stream"] is True
    assert sent.body["messages"] == MESSAGES
    assert sent.headers["authorization"] == "Bearer model-key"


def test_a_whole_json_reply_is_read_too(client: ChatClient, model_standin: ModelStandIn) -> None:
    model_standin.reset(Script(tokens=["Eighteen regions [1]."], as_json=True))
    done = client.complete(MESSAGES, 2.0)
    assert done.text == "Eighteen regions [1]."
    assert done.completion_tokens == 1  # no usage reported: the chunks are counted


@pytest.mark.parametrize(
    ("script", "error"),
    [
        (Script(status=500), "HTTP 500"),
        (Script(status=401), "HTTP 401"),
    ],
)
def test_an_http_error_is_a_model_error_at_once(
    client: ChatClient, model_standin: ModelStandIn, script: Script, error: str
) -> None:
    model_standin.reset(script)
    started = time.perf_counter()
    with pytest.raises(ModelError, match=error) as raised:
        client.complete(MESSAGES, 2.0)
    assert not isinstance(raised.value, ModelTimeout)
    assert time.perf_counter() - started < 0.5


@pytest.mark.parametrize(
    "script",
    [Script(tokens=["AWS", " has", " 18"], stall_after=2), Script(delay=5)],
    ids=["stalled stream", "no reply"],
)
def test_the_deadline_holds_even_when_the_stream_stalls(
    client: ChatClient, model_standin: ModelStandIn, script: Script
) -> None:
    model_standin.reset(script)
    started = time.perf_counter()
    with pytest.raises(ModelTimeout):
        client.complete(MESSAGES, 0.5)
    elapsed = time.perf_counter() - started
    assert 0.5 <= elapsed <= 0.6, elapsed


def test_a_stream_cut_before_done_is_a_failure_not_an_answer(
    client: ChatClient, model_standin: ModelStandIn
) -> None:
    model_standin.reset(Script(tokens=["AWS has 18"]))
    client.complete(MESSAGES, 2.0)  # the whole stream, with [DONE]: fine
    original = model_standin._serve

    def cut(handler):  # type: ignore[no-untyped-def]
        handler.send_response(200)
        handler.send_header("content-type", "text/event-stream")
        handler.send_header("connection", "close")
        handler.end_headers()
        handler.wfile.write(b'data: {"choices": [{"delta": {"content": "AWS"}}]}\n\n')

    model_standin._serve = cut  # type: ignore[method-assign]
    try:
        with pytest.raises(ModelError, match="before \\[DONE\\]"):
            client.complete(MESSAGES, 2.0)
    finally:
        model_standin._serve = original  # type: ignore[method-assign]


def test_no_key_is_sent_when_none_is_configured(model_standin: ModelStandIn) -> None:
    model_standin.reset(Script(tokens=["ok"]))
    chat = ChatClient(model_standin.url, "m")
    try:
        chat.complete(MESSAGES, 2.0)
    finally:
        chat.close()
    assert "authorization" not in model_standin.requests[0].headers
