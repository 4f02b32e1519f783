from __future__ import annotations

import json
from typing import Any

import pytest
from lex_support import V1_EVENTS, V2_EVENTS, answer_result, elicit_result, load_event

from bot.channels.lex.parse import LexRequest, parse_event
from bot.channels.lex.responses import APOLOGY, build_response
from bot.channels.lex.state import STATE_KEY, load_state
from bot.channels.lex.validate import validate_response
from bot.dialogue.definition import load_definition
from bot.schemas import Button

INTENT_SLOTS = {i.name: [s.name for s in i.slots] for i in load_definition().intents}


def request(version: str, file: str, **intent: Any) -> LexRequest:
    event = load_event(version, file)
    if intent and version == "v2":
        event["sessionState"]["intent"] = intent
    elif intent:
        event["currentIntent"] = intent
    return parse_event(json.dumps(event, ensure_ascii=False))


def build(req: LexRequest, result: Any) -> dict[str, Any]:
    response = build_response(req, result, INTENT_SLOTS)
    assert validate_response(response, req.version) == []
    return response


@pytest.mark.parametrize("name", V2_EVENTS)
@pytest.mark.parametrize("outcome", ["answer", "elicit", "failure"])
def test_every_v2_example_gets_a_valid_v2_reply_for_every_outcome(name: str, outcome: str) -> None:
    result = {"answer": answer_result(), "elicit": elicit_result(), "failure": None}[outcome]
    response = build(request("v2", name), result)
    assert "dialogAction" not in response
    assert response["sessionState"]["dialogAction"]["type"] in {"Close", "ElicitSlot"}


@pytest.mark.parametrize("name", V1_EVENTS)
@pytest.mark.parametrize("outcome", ["answer", "elicit", "failure"])
def test_every_v1_example_gets_a_valid_v1_reply_for_every_outcome(name: str, outcome: str) -> None:
    result = {"answer": answer_result(), "elicit": elicit_result(), "failure": None}[outcome]
    response = build(request("v1", name), result)
    assert "sessionState" not in response
    assert response["dialogAction"]["type"] in {"Close", "ElicitSlot"}


def test_an_answer_closes_the_intent_as_fulfilled_with_sources_in_the_text() -> None:
    response = build(request("v2", "03_fulfillment.json"), answer_result())
    state = response["sessionState"]
    assert state["dialogAction"] == {"type": "Close"}
    assert state["intent"]["name"] == "BookTable"
    assert state["intent"]["state"] == "Fulfilled"
    assert state["intent"]["confirmationState"] == "Confirmed"
    texts = [m["content"] for m in response["messages"]]
    assert texts[0] == "Each AWS region has at least two availability zones."
    assert "AWSome Day Manchester, 2018-03-27" in texts[-1]
    assert 'talk "Global infrastructure"' in texts[-1] and "Ian Massingham" in texts[-1]


def test_a_failed_engine_closes_as_failed_with_an_apology_in_the_bot_language() -> None:
    english = build(request("v2", "03_fulfillment.json"), None)
    assert english["sessionState"]["intent"]["state"] == "Failed"
    assert english["messages"][0]["content"] == APOLOGY["en"]
    german = build(request("v2", "06_locale_de_DE.json"), None)
    assert german["messages"][0]["content"] == APOLOGY["de"]
    v1 = build(request("v1", "02_fulfillment.json"), None)
    assert v1["dialogAction"]["fulfillmentState"] == "Failed"


def test_closing_echoes_lex_slot_objects_byte_for_byte() -> None:
    req = request("v2", "06_locale_de_DE.json")
    response = build(req, answer_result())
    slots = response["sessionState"]["intent"]["slots"]
    assert slots == load_event("v2", "06_locale_de_DE.json")["sessionState"]["intent"]["slots"]
    assert slots["PartySize"] is None
    assert "München" in json.dumps(response, ensure_ascii=False)


def test_a_missing_slot_is_elicited_on_our_intent_with_three_choice_buttons() -> None:
    req = request("v2", "01_dialog_missing_slot.json", name="FallbackIntent", state="InProgress")
    response = build(req, elicit_result())
    state = response["sessionState"]
    assert state["dialogAction"] == {"type": "ElicitSlot", "slotToElicit": "Talk"}
    assert state["intent"]["name"] == "SummarizeTalk"
    assert state["intent"]["state"] == "InProgress"
    assert state["intent"]["slots"] == {"Talk": None, "Conference": None, "Speaker": None}
    assert response["messages"][0] == {
        "contentType": "PlainText",
        "content": "Which talk would you like summarised?",
    }
    card = response["messages"][-1]["imageResponseCard"]
    assert card["title"] == "Which talk would you like summarised?"
    assert [b["value"] for b in card["buttons"]] == [
        "Serverless development",
        "Chaos engineering",
        "Networking deep dive",
    ]


def test_slots_we_know_are_sent_as_lex_objects_and_lex_own_objects_are_kept() -> None:
    talk = {
        "shape": "Scalar",
        "value": {"originalValue": "aws day", "interpretedValue": "AWSome Day"},
    }
    req = request(
        "v2", "01_dialog_missing_slot.json", name="SummarizeTalk", slots={"Conference": talk}
    )
    result = elicit_result(slots={"conference": "AWSome Day", "speaker": "Ian Massingham"})
    slots = build(req, result)["sessionState"]["intent"]["slots"]
    assert slots["Conference"] == talk
    assert slots["Speaker"]["value"]["interpretedValue"] == "Ian Massingham"
    assert slots["Talk"] is None


def test_long_button_labels_are_shortened_to_lex_limits() -> None:
    long = "A very long talk title about serverless application development at scale"
    result = elicit_result(buttons=[Button(text=long, value=long)])
    card = build(request("v2", "03_fulfillment.json"), result)["messages"][-1]
    button = card["imageResponseCard"]["buttons"][0]
    assert len(button["text"]) <= 50 and button["text"].endswith("…")
    assert len(button["value"]) <= 50 and long.startswith(button["value"])


def test_no_buttons_means_no_card() -> None:
    response = build(request("v2", "03_fulfillment.json"), elicit_result(buttons=[]))
    assert all(m["contentType"] == "PlainText" for m in response["messages"])


def test_a_slot_lex_does_not_know_for_the_intent_is_asked_in_a_close_instead() -> None:
    result = elicit_result(slot="colour", intent="summarize_talk")
    response = build(request("v2", "03_fulfillment.json"), result)
    assert response["sessionState"]["dialogAction"]["type"] == "Close"
    assert response["messages"][0]["content"] == "Which talk would you like summarised?"


def test_state_and_the_caller_attributes_travel_back() -> None:
    req = request("v2", "04_session_attributes_prior_state.json")
    attributes = build(req, elicit_result())["sessionState"]["sessionAttributes"]
    for key, value in req.session_attributes.items():
        assert attributes[key] == value
    state = load_state(attributes)
    assert state is not None and state.pending_slot == "talk"
    assert STATE_KEY in attributes


def test_a_failed_turn_keeps_the_previous_attributes_untouched() -> None:
    req = request("v2", "04_session_attributes_prior_state.json")
    assert build(req, None)["sessionState"]["sessionAttributes"] == req.session_attributes


def test_v1_elicitation_names_intent_slots_and_lists_the_choices_in_text() -> None:
    req = request("v1", "01_dialog_missing_slot.json", name="SummarizeTalk", slots={"Talk": None})
    action = build(req, elicit_result(slots={"conference": "AWSome Day"}))["dialogAction"]
    assert action["type"] == "ElicitSlot"
    assert action["intentName"] == "SummarizeTalk"
    assert action["slotToElicit"] == "Talk"
    assert action["slots"] == {"Talk": None, "Conference": "AWSome Day", "Speaker": None}
    assert (
        "Options: Serverless development; Chaos engineering; Networking deep dive."
        in (action["message"]["content"])
    )


def test_v1_answers_close_fulfilled_with_one_message_and_attributes_on_top() -> None:
    req = request("v1", "03_session_attributes_prior_state.json")
    response = build(req, answer_result(answer="Short. " * 400))
    assert response["dialogAction"]["fulfillmentState"] == "Fulfilled"
    assert response["sessionAttributes"]["customerId"] == "C-1001"
    assert load_state(response["sessionAttributes"]) is not None
    assert "Sources:" in response["dialogAction"]["message"]["content"]
