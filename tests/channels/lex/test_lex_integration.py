"""The Lex webhook through the real app, engine, corpus and model.

Uses the session-scoped `app_factory` fixture from tests/conftest.py (the shared
engine is loaded once); every 200 reply is checked by the Lex validator.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from lex_support import load_event

from bot.channels.lex.state import STATE_KEY, load_state
from bot.channels.lex.validate import validate_response

TOKEN = "integration-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def client(app_factory: Callable[..., FastAPI]) -> TestClient:
    return TestClient(app_factory(lex_webhook_token=TOKEN))


def post(client: TestClient, event: Any, headers: dict[str, str] | None = None) -> Any:
    content = event if isinstance(event, bytes) else json.dumps(event, ensure_ascii=False)
    response = client.post(
        "/webhooks/lex", content=content, headers=AUTH if headers is None else headers
    )
    if response.status_code == 200:
        version = "v2" if "sessionState" in response.json() else "v1"
        assert validate_response(response.json(), version) == []
    return response


def v2(
    text: str,
    intent: str,
    slots: dict[str, Any] | None = None,
    attributes: dict[str, str] | None = None,
    session: str = "it-1",
) -> dict[str, Any]:
    event = load_event("v2", "01_dialog_missing_slot.json")
    event.pop("proposedNextState")
    event["sessionId"] = session
    event["inputTranscript"] = text
    event["sessionState"] = {
        "sessionAttributes": attributes or {},
        "intent": {
            "name": intent,
            "state": "InProgress",
            "confirmationState": "None",
            "slots": slots or {},
        },
    }
    event["interpretations"] = [{"intent": event["sessionState"]["intent"], "nluConfidence": 0.9}]
    return event


def scalar(value: str) -> dict[str, Any]:
    return {
        "shape": "Scalar",
        "value": {"originalValue": value, "interpretedValue": value, "resolvedValues": [value]},
    }


def texts(reply: dict[str, Any]) -> str:
    return "\n".join(m.get("content", "") for m in reply.get("messages", []))


def test_summarize_without_a_talk_elicits_the_talk_with_choices(client: TestClient) -> None:
    reply = post(
        client,
        v2(
            "summarize the talk",
            "SummarizeTalk",
            {"Talk": None, "Conference": None, "Speaker": None},
        ),
    ).json()
    state = reply["sessionState"]
    assert state["dialogAction"] == {"type": "ElicitSlot", "slotToElicit": "Talk"}
    assert state["intent"]["name"] == "SummarizeTalk"
    cards = [m for m in reply["messages"] if m["contentType"] == "ImageResponseCard"]
    assert cards and 1 <= len(cards[0]["imageResponseCard"]["buttons"]) <= 3
    assert load_state(state["sessionAttributes"]).pending_slot == "talk"


def test_a_filled_talk_closes_with_the_summary(client: TestClient) -> None:
    first = post(
        client, v2("summarize the talk", "SummarizeTalk", {"Talk": None}, session="it-2")
    ).json()
    cards = [m for m in first["messages"] if m["contentType"] == "ImageResponseCard"]
    talk = cards[0]["imageResponseCard"]["buttons"][0]["value"]
    attributes = first["sessionState"]["sessionAttributes"]
    reply = post(
        client, v2(talk, "SummarizeTalk", {"Talk": scalar(talk)}, attributes, session="it-2")
    ).json()
    assert reply["sessionState"]["dialogAction"]["type"] == "Close"
    assert reply["sessionState"]["intent"]["state"] == "Fulfilled"
    assert "Sources:" in texts(reply)
    assert texts(reply) != texts(first)


def test_fallback_with_a_question_from_the_notes_answers_with_its_sources(
    client: TestClient,
) -> None:
    question = "How many availability zones does an AWS region have, according to AWSome Day?"
    reply = post(client, v2(question, "FallbackIntent", session="it-3")).json()
    assert reply["sessionState"]["intent"] == {
        "name": "FallbackIntent",
        "state": "Fulfilled",
        "slots": {},
        "confirmationState": "None",
    }
    text = texts(reply)
    assert "Sources:" in text
    assert "AWSome Day" in text


def test_session_attributes_carry_the_conversation_into_the_next_turn(client: TestClient) -> None:
    first = post(
        client,
        v2("summarize the talk", "SummarizeTalk", {"Talk": None}, {"crm": "42"}, session="it-4"),
    ).json()
    attributes = first["sessionState"]["sessionAttributes"]
    assert attributes["crm"] == "42" and STATE_KEY in attributes
    talk = next(m for m in first["messages"] if m["contentType"] == "ImageResponseCard")[
        "imageResponseCard"
    ]["buttons"][0]["value"]
    # A fresh session id (as after a restart or on another replica): only the attributes remember.
    reply = post(
        client, v2(talk, "FallbackIntent", attributes=attributes, session="it-4-elsewhere")
    ).json()
    state = load_state(reply["sessionState"]["sessionAttributes"])
    assert state is not None and state.last_intent == "summarize_talk"
    assert reply["sessionState"]["sessionAttributes"]["crm"] == "42"


def test_v1_in_gives_v1_out(client: TestClient) -> None:
    event = load_event("v1", "02_fulfillment.json")
    event["inputTranscript"] = "What is Amazon S3?"
    event["currentIntent"] = {
        "name": "AskQuestion",
        "slots": {"Topic": None},
        "confirmationStatus": "None",
    }
    reply = post(client, event).json()
    assert set(reply) == {"sessionAttributes", "dialogAction"}
    assert reply["dialogAction"]["type"] == "Close"
    assert reply["dialogAction"]["fulfillmentState"] == "Fulfilled"
    assert reply["dialogAction"]["message"]["content"]


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer nope"}])
def test_no_or_bad_token_is_refused_with_401(client: TestClient, headers: dict[str, str]) -> None:
    response = post(client, v2("hi", "Greeting"), headers)
    assert response.status_code == 401
    assert response.json()["error"] == "unauthorized"


def test_the_webhook_is_off_when_no_token_is_set(app_factory: Callable[..., FastAPI]) -> None:
    response = post(TestClient(app_factory(lex_webhook_token=None)), v2("hi", "Greeting"))
    assert response.status_code == 404


def test_a_malformed_body_gets_400_json(client: TestClient) -> None:
    response = post(client, b'{"sessionState": 5}')
    assert response.status_code == 400
    assert set(response.json()) == {"error", "detail"}


def test_a_long_title_is_shortened_on_its_button_and_still_picks_its_talk(
    client: TestClient,
) -> None:
    """Lex takes at most 50 characters for a button's value; the cut value is sent
    back as the user's words and must still mean the talk it was cut from."""
    first = post(
        client,
        v2("summarise a talk at re:Invent 2017", "SummarizeTalk", {"Talk": None}, session="it-9"),
    ).json()
    (card,) = [m for m in first["messages"] if m["contentType"] == "ImageResponseCard"]
    buttons = card["imageResponseCard"]["buttons"]
    assert all(1 <= len(b["text"]) <= 50 and 1 <= len(b["value"]) <= 50 for b in buttons)
    farewell = next(b for b in buttons if "Farewell" in b["text"])
    assert farewell["text"].endswith("…") and "Automation" not in farewell["value"]
    attributes = first["sessionState"]["sessionAttributes"]
    reply = post(
        client,
        v2(
            farewell["value"],
            "SummarizeTalk",
            {"Talk": scalar(farewell["value"])},
            attributes,
            session="it-9",
        ),
    ).json()
    assert reply["sessionState"]["intent"]["state"] == "Fulfilled"
    assert "Farewell to a Trade-off: Enabling High-scale, Bank-wide Cloud Adoption" in texts(reply)
    assert "cnaChoices" not in reply["sessionState"]["sessionAttributes"]  # used once
