from __future__ import annotations

import json

import pytest
from lex_support import V1_EVENTS, V2_EVENTS, load_event

from bot.channels.lex.parse import LexEventError, parse_event


def body(event: object) -> bytes:
    return json.dumps(event).encode()


@pytest.mark.parametrize("name", V2_EVENTS)
def test_every_v2_example_parses_as_v2(name: str) -> None:
    request = parse_event(body(load_event("v2", name)))
    assert request.version == "v2"
    assert request.session_id


@pytest.mark.parametrize("name", V1_EVENTS)
def test_every_v1_example_parses_as_v1(name: str) -> None:
    request = parse_event(body(load_event("v1", name)))
    assert request.version == "v1"
    assert request.session_id == "u-8c1f2e3d"


def test_an_intent_that_is_not_ours_leaves_the_intent_to_our_classifier() -> None:
    request = parse_event(body(load_event("v2", "01_dialog_missing_slot.json")))
    assert request.lex_intent == "BookTable"
    assert request.intent is None
    assert request.transcript == "book a table in Seattle for 4 people"
    assert request.invocation_source == "DialogCodeHook"
    assert request.locale == "en_US"


def test_our_pascal_case_intent_and_slots_map_to_our_names() -> None:
    event = load_event("v2", "03_fulfillment.json")
    event["sessionState"]["intent"] = {
        "name": "SummarizeTalk",
        "state": "ReadyForFulfillment",
        "confirmationState": "None",
        "slots": {
            "Talk": {"value": {"originalValue": "chaos", "interpretedValue": "Chaos Engineering"}},
            "Conference": None,
            "Speaker": {"shape": "Scalar", "value": {"originalValue": "adrian"}},
        },
    }
    request = parse_event(body(event))
    assert request.intent == "summarize_talk"
    assert request.slots == {"talk": "Chaos Engineering", "speaker": "adrian"}


def test_fallback_intent_is_answered_by_our_own_understanding() -> None:
    event = load_event("v2", "03_fulfillment.json")
    event["sessionState"]["intent"] = {"name": "FallbackIntent", "state": "InProgress"}
    request = parse_event(body(event))
    assert request.lex_intent == "FallbackIntent"
    assert request.intent is None
    assert request.slots == {}


def test_list_shaped_slots_join_their_values() -> None:
    event = load_event("v2", "03_fulfillment.json")
    event["sessionState"]["intent"]["name"] = "ListTalks"
    event["sessionState"]["intent"]["slots"] = {
        "Speaker": {
            "shape": "List",
            "value": {"originalValue": "a and b", "interpretedValue": "a and b"},
            "values": [
                {"shape": "Scalar", "value": {"interpretedValue": "Adrian Hornsby"}},
                {"shape": "Scalar", "value": {"interpretedValue": "Paul Maddox"}},
            ],
        }
    }
    assert parse_event(body(event)).slots == {"speaker": "Adrian Hornsby, Paul Maddox"}


@pytest.mark.parametrize(
    "mutate",
    [
        pytest.param(
            lambda e: e["interpretations"][0].update(nluConfidence={"score": 0.9}),
            id="score-object",
        ),
        pytest.param(lambda e: e["interpretations"][0].pop("nluConfidence"), id="no-confidence"),
        pytest.param(lambda e: e.update(requestAttributes=None), id="null-request-attributes"),
        pytest.param(lambda e: e.update(somethingNew={"x": [1, 2]}), id="unknown-field"),
        pytest.param(lambda e: e["sessionState"]["intent"].update(slots=None), id="null-slots"),
        pytest.param(
            lambda e: e["sessionState"].update(sessionAttributes=None), id="null-attributes"
        ),
        pytest.param(
            lambda e: [
                s.pop("shape", None) for s in e["sessionState"]["intent"]["slots"].values() if s
            ],
            id="no-shape",
        ),
    ],
)
def test_documented_variations_of_v2_events_are_tolerated(mutate: object) -> None:
    event = load_event("v2", "02_dialog_all_slots_filled.json")
    mutate(event)  # type: ignore[operator]
    assert parse_event(body(event)).version == "v2"


def test_slots_without_shape_still_give_their_interpreted_value() -> None:
    event = load_event("v2", "02_dialog_all_slots_filled.json")
    event["sessionState"]["intent"]["slots"] = {
        "Conference": {"value": {"originalValue": "awsome day", "interpretedValue": "AWSome Day"}}
    }
    assert parse_event(body(event)).slots == {"conference": "AWSome Day"}


def test_session_attributes_and_non_ascii_values_are_read_exactly() -> None:
    request = parse_event(body(load_event("v2", "04_session_attributes_prior_state.json")))
    assert request.session_attributes["lastBooking"] == (
        '{"city":"Seattle","date":"2026-03-13","partySize":4}'
    )
    german = parse_event(json.dumps(load_event("v2", "06_locale_de_DE.json"), ensure_ascii=False))
    assert german.locale == "de_DE"
    assert german.raw_slots["City"]["value"]["interpretedValue"] == "München"


def test_v1_slots_are_plain_strings_and_nulls_are_skipped() -> None:
    request = parse_event(body(load_event("v1", "02_fulfillment.json")))
    assert request.raw_slots == {"City": "Seattle", "Date": "2026-03-13", "PartySize": "4"}
    event = load_event("v1", "01_dialog_missing_slot.json")
    event["currentIntent"] = {
        "name": "SpeakerInfo",
        "slots": {"Speaker": "Ric Harvey", "Conference": None},
    }
    request = parse_event(body(event))
    assert request.intent == "speaker_info"
    assert request.slots == {"speaker": "Ric Harvey"}


def test_an_event_with_both_shapes_is_read_as_v2() -> None:
    event = load_event("v2", "03_fulfillment.json")
    event["currentIntent"] = {"name": "X", "slots": {}}
    assert parse_event(body(event)).version == "v2"


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"not json", "not JSON"),
        (b"\xff\xfe", "not JSON"),
        (b"[1, 2]", "JSON object"),
        (b'{"messageVersion": "1.0"}', "neither sessionState"),
        (b'{"sessionState": "yes"}', "sessionState must be an object"),
        (b'{"sessionState": null}', "sessionState is required"),
        (b'{"sessionState": {"intent": {"name": 5}}}', "sessionState.intent.name"),
        (b'{"sessionState": {"intent": {"name": "A", "slots": []}}}', "slots must be an object"),
        (b'{"sessionState": {"intent": {"name": "A", "slots": {"Talk": "x"}}}}', "slot Talk"),
        (b'{"sessionState": {"sessionAttributes": {"a": 1}}}', "sessionAttributes.a"),
        (b'{"sessionState": {}, "inputTranscript": 7}', "inputTranscript"),
        (b'{"currentIntent": "Book"}', "currentIntent must be an object"),
        (b'{"currentIntent": {"name": "A", "slots": {"S": 4}}}', "currentIntent.slots.S"),
        (b'{"currentIntent": {"name": "A"}, "sessionAttributes": []}', "sessionAttributes"),
    ],
)
def test_malformed_events_raise_a_domain_error_with_the_reason(raw: bytes, reason: str) -> None:
    with pytest.raises(LexEventError, match=reason):
        parse_event(raw)
