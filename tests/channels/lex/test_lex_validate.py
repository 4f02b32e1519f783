from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from lex_support import EVENTS

from bot.channels.lex.validate import validate_response, validate_v1, validate_v2


def preferred(version: str, name: str) -> dict[str, Any]:
    data = json.loads((EVENTS / version / name).read_text(encoding="utf-8"))
    return data["preferred_response"]


EXPECTED_V2 = sorted(p.name for p in (EVENTS / "v2").glob("*.expected.json"))
EXPECTED_V1 = sorted(p.name for p in (EVENTS / "v1").glob("*.expected.json"))

CLOSE = {
    "sessionState": {
        "dialogAction": {"type": "Close"},
        "intent": {"name": "AskQuestion", "state": "Fulfilled"},
        "sessionAttributes": {},
    },
    "messages": [{"contentType": "PlainText", "content": "Hello."}],
}


@pytest.mark.parametrize("name", EXPECTED_V2)
def test_the_documented_preferred_v2_replies_are_valid(name: str) -> None:
    assert validate_v2(preferred("v2", name)) == []


@pytest.mark.parametrize("name", EXPECTED_V1)
def test_the_documented_preferred_v1_replies_are_valid(name: str) -> None:
    assert validate_v1(preferred("v1", name)) == []


def test_the_documented_minimal_replies_are_valid() -> None:
    assert validate_v2({"sessionState": {"dialogAction": {"type": "Delegate"}}}) == []
    elicit = {
        "sessionState": {
            "dialogAction": {"slotToElicit": "OriginCity", "type": "ElicitSlot"},
            "intent": {"name": "BookFlight"},
        }
    }
    assert validate_v2(elicit) == []


def broken(path: list[Any], value: Any, base: dict[str, Any] = CLOSE) -> dict[str, Any]:
    """A copy of `base` with one field replaced (or removed when value is ...)."""
    response = copy.deepcopy(base)
    target = response
    for key in path[:-1]:
        target = target[key]
    if value is ...:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return response


@pytest.mark.parametrize(
    ("response", "problem"),
    [
        ({}, "sessionState is required"),
        (broken(["sessionState", "dialogAction"], ...), "dialogAction.type"),
        (broken(["sessionState", "dialogAction", "type"], "Finish"), "dialogAction.type"),
        (broken(["sessionState", "intent", "state"], ...), "Close needs intent.state"),
        (
            broken(["sessionState", "intent", "state"], "ReadyForFulfillment"),
            "only allowed with Delegate",
        ),
        (broken(["sessionState", "intent", "name"], ""), "intent.name"),
        (broken(["sessionState", "intent"], ...), "Close needs sessionState.intent.name"),
        (broken(["sessionState", "dialogAction"], {"type": "ElicitSlot"}), "slotToElicit"),
        (
            broken(
                ["sessionState", "dialogAction"], {"type": "ElicitIntent"}, {"sessionState": {}}
            ),
            "ElicitIntent needs",
        ),
        (
            broken(["sessionState", "dialogAction"], {"type": "ConfirmIntent"}),
            "ConfirmIntent needs intent.name and intent.slots",
        ),
        (
            broken(["sessionState", "intent", "slots"], {"Talk": "Chaos"}),
            "must be an object or null",
        ),
        (
            broken(
                ["sessionState", "intent", "slots"], {"Talk": {"value": {"interpretedValue": ""}}}
            ),
            "interpretedValue",
        ),
        (broken(["messages", 0, "content"], ""), "1..1024"),
        (broken(["messages", 0, "content"], "x" * 1025), "1..1024"),
        (broken(["messages", 0, "content"], "😀" * 513), "1..1024"),
        (broken(["messages", 0, "contentType"], "Text"), "contentType invalid"),
        (broken(["sessionState", "sessionAttributes"], {"n": 1}), "must map a non-empty string"),
        (broken(["sessionState", "sessionAttributes"], {"": "x"}), "must map a non-empty string"),
        (broken(["sessionState", "sessionAttributes"], {"big": "x" * (12 * 1024)}), "over 12288"),
        (
            broken(["messages"], [{"contentType": "PlainText", "content": "x" * 1000}] * 26),
            "over 25600",
        ),
    ],
)
def test_each_v2_rule_is_enforced(response: dict[str, Any], problem: str) -> None:
    problems = validate_v2(response)
    assert any(problem in p for p in problems), problems


def card(buttons: int = 3, title: str = "Pick a talk", text: str = "Chaos") -> dict[str, Any]:
    return {
        "contentType": "ImageResponseCard",
        "imageResponseCard": {
            "title": title,
            "buttons": [{"text": text, "value": text} for _ in range(buttons)],
        },
    }


def test_cards_follow_the_button_and_title_limits() -> None:
    assert validate_v2(broken(["messages"], [card()])) == []
    assert validate_v2(broken(["messages"], [card(buttons=4)]))
    assert validate_v2(broken(["messages"], [card(title="")]))
    assert validate_v2(broken(["messages"], [card(title="t" * 251)]))
    assert validate_v2(broken(["messages"], [card(text="b" * 51)]))
    assert validate_v2(broken(["messages"], [{"contentType": "ImageResponseCard"}]))


V1_CLOSE = {
    "sessionAttributes": {},
    "dialogAction": {
        "type": "Close",
        "fulfillmentState": "Fulfilled",
        "message": {"contentType": "PlainText", "content": "Done."},
    },
}


@pytest.mark.parametrize(
    ("response", "problem"),
    [
        ({"sessionAttributes": {}}, "dialogAction is required"),
        (broken(["dialogAction", "fulfillmentState"], ..., V1_CLOSE), "fulfillmentState"),
        (broken(["dialogAction", "type"], "Shut", V1_CLOSE), "type invalid"),
        (
            broken(
                ["dialogAction"], {"type": "ElicitSlot", "slots": {}, "slotToElicit": "A"}, V1_CLOSE
            ),
            "intentName",
        ),
        (
            broken(
                ["dialogAction"],
                {"type": "ElicitSlot", "intentName": "A", "slotToElicit": "B"},
                V1_CLOSE,
            ),
            "needs slots",
        ),
        (
            broken(
                ["dialogAction"], {"type": "ElicitSlot", "intentName": "A", "slots": {}}, V1_CLOSE
            ),
            "slotToElicit",
        ),
        (
            broken(
                ["dialogAction"],
                {"type": "ConfirmIntent", "intentName": "A", "slots": {"S": {"value": "x"}}},
                V1_CLOSE,
            ),
            "string or null",
        ),
        (broken(["dialogAction", "message", "content"], "", V1_CLOSE), "1..1024"),
        (
            broken(["dialogAction", "message", "contentType"], "ImageResponseCard", V1_CLOSE),
            "contentType",
        ),
        (broken(["sessionAttributes"], {"k": ["v"]}, V1_CLOSE), "must map"),
    ],
)
def test_each_v1_rule_is_enforced(response: dict[str, Any], problem: str) -> None:
    problems = validate_v1(response)
    assert any(problem in p for p in problems), problems


def test_the_version_picks_the_rule_set() -> None:
    assert validate_response(V1_CLOSE, "v1") == []
    assert validate_response(V1_CLOSE, "v2") != []
    assert validate_response(CLOSE, "v1") != []
