"""Answers written by a model and verified against the notes, through the HTTP API, with
the stand-in playing the model: each scripted case of the issue, what the model is sent,
the breaker, and the stream. Uses the real index and model (the shared `engine`)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from llm.model_standin import ModelStandIn, Script
from llm.scripts import CASES, FACT, INVENTED, QUESTION, TIMEOUT, Case, shown_unsupported, words

BOT_KEY = "bot-api-key-0123456789"
MODEL_KEY = "model-key-abcdef"
MARGIN = 0.1  # the target: every failure falls back within the timeout plus 100 ms


@pytest.fixture
def llm_client(
    app_factory: Callable[..., Any], model_standin: ModelStandIn
) -> Iterator[Callable[..., TestClient]]:
    """A client of a fresh app (so a fresh breaker) whose model is the stand-in."""
    opened: list[TestClient] = []

    def make(**overrides: Any) -> TestClient:
        settings = {"llm_url": model_standin.url, "llm_timeout_seconds": TIMEOUT, **overrides}
        client = TestClient(app_factory(**settings))
        client.__enter__()
        opened.append(client)
        return client

    yield make
    for client in opened:
        client.__exit__(None, None, None)


@pytest.fixture(scope="module")
def extractive(app_factory: Callable[..., Any]) -> dict[str, Any]:
    """The reply without a model: what every fallback must be, word for word."""
    with TestClient(app_factory()) as client:
        return client.post("/v1/ask", json={"question": QUESTION}).json()


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_scripted_case_ends_in_its_mode_and_shows_nothing_unsupported(
    case: Case,
    llm_client: Callable[..., TestClient],
    model_standin: ModelStandIn,
    extractive: dict[str, Any],
) -> None:
    client = llm_client()
    model_standin.reset(case.script)
    started = time.perf_counter()
    reply = client.post("/v1/ask", json={"question": QUESTION}).json()
    elapsed = time.perf_counter() - started
    (sent,) = model_standin.requests
    assert sent.error is None
    assert reply["mode"] == case.mode
    assert f'bot_llm_answers_total{{outcome="{case.outcome}"}} 1.0' in client.get("/metrics").text
    assert shown_unsupported(case, reply, extractive["answer"]) == []
    if case.mode == "extractive":
        assert reply["citations"] == extractive["citations"]
    else:
        for sentence in case.shown:
            assert sentence in reply["answer"]
        # Citations are the passages actually cited, numbered in the text from [1].
        assert "[1]" in reply["answer"] and "[2]" not in reply["answer"]
        (cited,) = reply["citations"]
        assert "18 regions" in cited["snippet"] and cited["focus"].startswith(FACT)
    if case.fails:
        print(f"\n{case.name}: extractive answer after {elapsed * 1000:.0f} ms")
        assert elapsed <= TIMEOUT + MARGIN


def test_no_unsupported_sentence_is_shown_across_the_scripted_cases(
    llm_client: Callable[..., TestClient],
    model_standin: ModelStandIn,
    extractive: dict[str, Any],
) -> None:
    client = llm_client()
    shown: list[str] = []
    for case in CASES:
        client.app.state.generator.breaker.succeeded()  # each case on a closed breaker
        model_standin.reset(case.script)
        reply = client.post("/v1/ask", json={"question": QUESTION}).json()
        shown += shown_unsupported(case, reply, extractive["answer"])
    print(f"\nunsupported sentences shown across {len(CASES)} scripted cases: {len(shown)}")
    assert shown == []


def test_the_model_is_given_the_passages_and_never_a_secret_or_another_conversation(
    llm_client: Callable[..., TestClient], model_standin: ModelStandIn
) -> None:
    client = llm_client(api_keys=[BOT_KEY, "other-key-987654"], llm_api_key=SecretStr(MODEL_KEY))
    other = {"authorization": "Bearer other-key-987654"}
    mine = {"authorization": f"Bearer {BOT_KEY}"}
    model_standin.reset(Script(tokens=["Nothing to add."]))
    earlier = client.post(
        "/v1/ask", json={"question": "What is Amazon S3 Glacier?"}, headers=other
    ).json()
    first = client.post("/v1/ask", json={"question": QUESTION}, headers=mine).json()
    model_standin.reset(Script(tokens=["Nothing to add."]))
    follow = client.post(
        "/v1/ask",
        json={"question": "What are availability zones?", "session_id": first["session_id"]},
        headers=mine,
    ).json()
    (sent,) = model_standin.requests
    everything = json.dumps(sent.headers) + json.dumps(sent.body)
    for secret in (BOT_KEY, "other-key-987654", first["session_id"], earlier["session_id"]):
        assert secret not in everything
    assert "Glacier" not in everything  # another caller's conversation
    assert sent.headers["authorization"] == f"Bearer {MODEL_KEY}"  # the model's own key only
    prompt = sent.prompt
    assert "Question: What are availability zones?" in prompt
    # The passages, numbered, the extractive answer's own first: here it stood in ("Nothing
    # to add." cites nothing), so its first citation is passage [1].
    cited = follow["citations"][0]
    assert follow["mode"] == "extractive"
    passage_one = prompt.split("\n[1] ", 1)[1].split("\n[2] ", 1)[0]
    assert cited["snippet"].removesuffix(" …")[:120] in passage_one


def test_a_question_the_gate_declines_never_reaches_the_model(
    llm_client: Callable[..., TestClient], model_standin: ModelStandIn
) -> None:
    client = llm_client()
    model_standin.reset(Script(tokens=words(f"{INVENTED} [1].")))
    for question in ("How long should I boil pasta?", "How much does Amazon Athena cost?"):
        reply = client.post("/v1/ask", json={"question": question}).json()
        assert reply["answered"] is False and reply["mode"] == "extractive"
    assert model_standin.requests == []


def test_the_breaker_keeps_a_failing_model_out_until_a_probe_succeeds(
    llm_client: Callable[..., TestClient], model_standin: ModelStandIn
) -> None:
    client = llm_client()
    model_standin.reset(Script(status=500))
    for _ in range(3):
        assert client.post("/v1/ask", json={"question": QUESTION}).json()["mode"] == "extractive"
    assert len(model_standin.requests) == 3
    started = time.perf_counter()
    reply = client.post("/v1/ask", json={"question": QUESTION}).json()
    assert reply["mode"] == "extractive" and time.perf_counter() - started < 0.5
    assert len(model_standin.requests) == 3  # open: the model was not asked
    metrics = client.get("/metrics").text
    assert "bot_llm_circuit_open 1.0" in metrics
    assert 'bot_llm_answers_total{outcome="circuit_open"} 1.0' in metrics
    assert 'bot_llm_answers_total{outcome="error"} 3.0' in metrics


def test_metrics_count_tokens_latency_and_dropped_sentences(
    llm_client: Callable[..., TestClient], model_standin: ModelStandIn
) -> None:
    client = llm_client()
    invented = next(c for c in CASES if c.name == "invented figure")
    model_standin.reset(
        Script(tokens=invented.script.tokens, usage={"prompt_tokens": 321, "completion_tokens": 17})
    )
    assert client.post("/v1/ask", json={"question": QUESTION}).json()["mode"] == "generated"
    metrics = client.get("/metrics").text
    assert 'bot_llm_answers_total{outcome="generated"} 1.0' in metrics
    assert 'bot_llm_tokens_total{kind="prompt"} 321.0' in metrics
    assert 'bot_llm_tokens_total{kind="completion"} 17.0' in metrics
    assert 'bot_llm_sentences_total{reason="supported",verdict="kept"} 1.0' in metrics
    assert 'bot_llm_sentences_total{reason="figure",verdict="dropped"} 1.0' in metrics
    assert "bot_llm_seconds_count 1.0" in metrics
    assert "bot_llm_first_token_seconds_count 1.0" in metrics
    assert "bot_llm_circuit_open 0.0" in metrics


def stream(client: TestClient, body: dict[str, Any]) -> list[tuple[str, Any]]:
    """The events of one POST /v1/ask/stream, as (name, data)."""
    response = client.post("/v1/ask/stream", json=body)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    events = []
    for block in response.text.split("\n\n"):
        if block.strip():
            name = block.split("\n")[0].removeprefix("event: ")
            events.append((name, json.loads(block.split("\ndata: ", 1)[1])))
    return events


def test_the_stream_sends_tokens_and_verdicts_then_the_verified_answer_that_replaces_them(
    llm_client: Callable[..., TestClient], model_standin: ModelStandIn
) -> None:
    client = llm_client()
    invented = next(c for c in CASES if c.name == "invented figure")
    model_standin.reset(invented.script)
    events = stream(client, {"question": QUESTION})
    names = [name for name, _ in events]
    assert names[-1] == "answer" and set(names[:-1]) == {"token", "sentence"}
    drafted = "".join(data["text"] for name, data in events if name == "token")
    assert INVENTED in drafted  # the model's words, as written...
    verdicts = [(d["text"], d["kept"]) for name, d in events if name == "sentence"]
    assert verdicts == [(f"{FACT}.", True), (f"{INVENTED}.", False)]  # ...judged one by one
    # The first sentence was judged while the model was still writing the second.
    first = names.index("sentence")
    assert first < max(i for i, name in enumerate(names) if name == "token")
    assert INVENTED.startswith(events[first][1]["pending"].strip())
    final = events[-1][1]
    assert final["mode"] == "generated" and INVENTED not in final["answer"]  # ...not shown
    session = client.get(f"/v1/sessions/{final['session_id']}").json()
    assert session["history"][-1]["bot"] == final["answer"]  # the verified answer is remembered


def test_without_a_model_the_stream_is_the_plain_answer(
    app_factory: Callable[..., Any], extractive: dict[str, Any]
) -> None:
    with TestClient(app_factory()) as client:
        events = stream(client, {"question": QUESTION})
    ((name, reply),) = events
    assert name == "answer" and reply["mode"] == "extractive"
    assert (reply["answer"], reply["citations"]) == (extractive["answer"], extractive["citations"])


@pytest.mark.parametrize(
    ("body", "content_type", "status"),
    [
        (b'{"question": ""}', "application/json", 422),
        (b'{"question": "hi", "extra": 1}', "application/json", 422),
        (b"{not json", "application/json", 422),
        (b'{"question": "hi"}', "text/plain", 415),
    ],
)
def test_bad_input_to_the_stream_gets_a_json_problem(
    llm_client: Callable[..., TestClient], body: bytes, content_type: str, status: int
) -> None:
    response = llm_client().post(
        "/v1/ask/stream", content=body, headers={"content-type": content_type}
    )
    assert response.status_code == status
    assert set(response.json()) == {"error", "detail"}


def test_a_stream_cannot_continue_another_callers_session(
    llm_client: Callable[..., TestClient], model_standin: ModelStandIn
) -> None:
    client = llm_client(api_keys=[BOT_KEY, "other-key-987654"])
    model_standin.reset(Script(status=500))
    mine = client.post(
        "/v1/ask", json={"question": QUESTION}, headers={"authorization": f"Bearer {BOT_KEY}"}
    ).json()
    response = client.post(
        "/v1/ask/stream",
        json={"question": "Who gave that talk?", "session_id": mine["session_id"]},
        headers={"authorization": "Bearer other-key-987654"},
    )
    final = json.loads(response.text.rsplit("data: ", 1)[1])
    assert final["session_id"] != mine["session_id"]
    assert client.post("/v1/ask/stream", json={"question": QUESTION}).status_code == 401


def test_a_sentence_is_dropped_for_a_name_or_a_meaning_its_passage_lacks(
    llm_client: Callable[..., TestClient], model_standin: ModelStandIn
) -> None:
    from llm.scripts import regions

    client = llm_client()
    said = (
        "{fact} [{n}]. Werner Vogels announced this in his keynote [{n}]. "
        "Chaos experiments should start small and grow slowly [{n}]."
    )
    model_standin.reset(Script(tokens=lambda p: words(said.format(fact=FACT, n=regions(p)))))
    reply = client.post("/v1/ask", json={"question": QUESTION}).json()
    assert reply["mode"] == "generated"
    assert reply["answer"] == f"{FACT} [1]."
    metrics = client.get("/metrics").text
    assert 'bot_llm_sentences_total{reason="name",verdict="dropped"} 1.0' in metrics
    assert 'bot_llm_sentences_total{reason="meaning",verdict="dropped"} 1.0' in metrics
