"""The webhook over real HTTP handling (TestClient), with a scripted engine."""

from __future__ import annotations

import json
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from lex_support import ScriptedEngine, answer_result, elicit_result, load_event

from bot.channels.lex.router import build_router
from bot.channels.lex.state import STATE_KEY
from bot.channels.lex.validate import validate_response
from bot.settings import Settings
from bot.turns import TurnInput, TurnResult

TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def make_client(engine: Any, token: str | None = TOKEN) -> TestClient:
    app = FastAPI()
    app.include_router(build_router(Settings(lex_webhook_token=token, _env_file=None)))
    app.state.engine = engine
    return TestClient(app)


def post(client: TestClient, event: Any, headers: dict[str, str] | None = None) -> Any:
    content = event if isinstance(event, bytes) else json.dumps(event, ensure_ascii=False)
    response = client.post(
        "/webhooks/lex", content=content, headers=AUTH if headers is None else headers
    )
    if response.status_code == 200:
        version = "v2" if "sessionState" in response.json() else "v1"
        assert validate_response(response.json(), version) == []
    return response


def fallback(text: str, attributes: dict[str, str] | None = None) -> dict[str, Any]:
    event = load_event("v2", "03_fulfillment.json")
    event["inputTranscript"] = text
    event["sessionState"]["intent"] = {"name": "FallbackIntent", "state": "InProgress", "slots": {}}
    event["sessionState"]["sessionAttributes"] = attributes or {}
    return event


def answering(turn: TurnInput) -> TurnResult:
    return answer_result()


class Exploding:
    def turn(self, turn: TurnInput) -> TurnResult:
        raise RuntimeError("index gone")


def test_without_a_configured_token_the_webhook_is_off() -> None:
    engine = ScriptedEngine(answering)
    response = post(make_client(engine, token=None), fallback("hi"))
    assert response.status_code == 404
    assert response.json()["error"] == "not_found"
    assert engine.inputs == []


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer wrong"},
        {"Authorization": f"Basic {TOKEN}"},
        {"Authorization": "Bearer "},
        {"Authorization": f"Bearer {TOKEN}x"},
    ],
)
def test_a_missing_or_wrong_token_gets_401_and_no_processing(headers: dict[str, str]) -> None:
    engine = ScriptedEngine(answering)
    response = post(make_client(engine), b"not even json", headers=headers)
    assert response.status_code == 401
    assert response.json() == {"error": "unauthorized", "detail": "missing or wrong bearer token"}
    assert response.headers["www-authenticate"] == "Bearer"
    assert engine.inputs == []


def test_the_bearer_scheme_is_case_insensitive() -> None:
    response = post(
        make_client(ScriptedEngine(answering)), fallback("hi"), {"authorization": f"bearer {TOKEN}"}
    )
    assert response.status_code == 200


@pytest.mark.parametrize(
    "body",
    [b"{", b"[]", b'{"hello": "world"}', b'{"sessionState": {"intent": {"slots": "x"}}}', b""],
)
def test_malformed_events_get_a_400_json_error_and_reach_no_engine(body: bytes) -> None:
    engine = ScriptedEngine(answering)
    response = post(make_client(engine), body)
    assert response.status_code == 400
    assert response.json()["error"] == "bad_event"
    assert response.json()["detail"]
    assert engine.inputs == []


def test_an_oversized_body_is_refused() -> None:
    response = post(make_client(ScriptedEngine(answering)), b"{" + b" " * 70000 + b"}")
    assert response.status_code == 413


def test_fallback_passes_the_transcript_for_our_own_classification() -> None:
    engine = ScriptedEngine(answering)
    response = post(make_client(engine), fallback("how many AZs does a region have"))
    assert response.status_code == 200
    turn = engine.inputs[0]
    assert (turn.text, turn.intent, turn.slots) == ("how many AZs does a region have", None, {})
    assert turn.session_id == "lex:512345678901234"
    assert turn.state is not None  # never None: keeps the engine off its session store
    assert response.json()["sessionState"]["intent"] == {
        "name": "FallbackIntent",
        "state": "Fulfilled",
        "slots": {},
        "confirmationState": "None",
    }


def test_our_intents_and_slots_are_handed_to_the_engine() -> None:
    engine = ScriptedEngine(answering)
    event = fallback("summarise chaos engineering")
    event["sessionState"]["intent"] = {
        "name": "SummarizeTalk",
        "state": "InProgress",
        "slots": {
            "Talk": {"value": {"originalValue": "chaos", "interpretedValue": "Chaos Engineering"}}
        },
    }
    post(make_client(engine), event)
    assert engine.inputs[0].intent == "summarize_talk"
    assert engine.inputs[0].slots == {"talk": "Chaos Engineering"}


def test_state_from_one_turn_is_given_back_to_the_engine_on_the_next() -> None:
    engine = ScriptedEngine(
        lambda turn: elicit_result() if not engine.inputs[1:] else answer_result()
    )
    client = make_client(engine)
    first = post(client, fallback("summarise a talk", {"customerId": "C-1"})).json()
    attributes = first["sessionState"]["sessionAttributes"]
    assert attributes["customerId"] == "C-1" and STATE_KEY in attributes
    second = post(client, fallback("chaos engineering", attributes)).json()
    carried = engine.inputs[1].state
    assert carried is not None
    assert (carried.pending_intent, carried.pending_slot, carried.conference) == (
        "summarize_talk",
        "talk",
        "AWSome Day",
    )
    assert second["sessionState"]["sessionAttributes"]["customerId"] == "C-1"


def test_an_engine_failure_becomes_a_valid_failed_close() -> None:
    response = post(make_client(Exploding()), fallback("anything"))
    assert response.status_code == 200
    assert response.json()["sessionState"]["intent"]["state"] == "Failed"


def test_v1_in_gives_v1_out() -> None:
    response = post(make_client(ScriptedEngine(answering)), load_event("v1", "02_fulfillment.json"))
    body = response.json()
    assert set(body) == {"sessionAttributes", "dialogAction"}
    assert body["dialogAction"]["fulfillmentState"] == "Fulfilled"


def test_without_a_loaded_engine_the_webhook_says_not_ready() -> None:
    app = FastAPI()
    app.include_router(build_router(Settings(lex_webhook_token=TOKEN, _env_file=None)))
    response = TestClient(app).post(
        "/webhooks/lex", content=json.dumps(fallback("hi")), headers=AUTH
    )
    assert response.status_code == 503


def test_a_transcript_over_the_limit_is_answered_without_an_engine_turn() -> None:
    engine = ScriptedEngine(answering)
    response = post(make_client(engine), fallback("why " * 600))
    assert response.status_code == 200
    messages = response.json()["messages"]
    assert "too long" in messages[0]["content"] and engine.inputs == []


def test_overlong_slot_values_are_dropped_before_the_engine() -> None:
    engine = ScriptedEngine(answering)
    event = fallback("who spoke?")
    event["sessionState"]["intent"] = {
        "name": "SpeakerInfo",
        "state": "InProgress",
        "slots": {
            "Speaker": {"value": {"interpretedValue": "x" * 5000}},
            "Conference": {"value": {"interpretedValue": "AWS Summit London 2019"}},
        },
    }
    assert post(make_client(engine), event).status_code == 200
    assert engine.inputs[0].slots == {"conference": "AWS Summit London 2019"}
