"""Check a Lex code hook reply against the documented rules before Lex sees it.

Lex answers a bad reply with a generic error to the end user and nothing in our
logs, so tests run this on every reply the webhook produces. The rules are the
ones in the Lex V2 "Required fields in the response" section and API
reference, and the Lex V1 response format (see shared/protocols/summary.md 1-7).
Returns a list of problems; empty means valid.
"""

from __future__ import annotations

import json
from typing import Any

V2_ACTIONS = {"Close", "ConfirmIntent", "Delegate", "ElicitIntent", "ElicitSlot"}
V2_INTENT_STATES = {
    "Failed",
    "Fulfilled",
    "FulfillmentInProgress",
    "InProgress",
    "ReadyForFulfillment",
    "Waiting",
}
V2_CLOSE_STATES = {"Failed", "Fulfilled", "InProgress"}
V2_CONTENT_TYPES = {"CustomPayload", "ImageResponseCard", "PlainText", "SSML"}
V1_ACTIONS = {"Close", "ConfirmIntent", "Delegate", "ElicitIntent", "ElicitSlot"}
V1_CONTENT_TYPES = {"CustomPayload", "PlainText", "SSML"}
V1_FULFILLMENT_STATES = {"Fulfilled", "Failed"}
MESSAGE_MAX = 1024
CARD_TITLE_MAX = 250
CARD_BUTTONS_MAX = 3  # the API allows 5, the Lambda guide says "up to three": honour both
BUTTON_MAX = 50
SESSION_ATTRIBUTES_MAX = 12 * 1024
OUTPUT_MAX = 25 * 1024


def validate_response(response: object, version: str) -> list[str]:
    """Problems with a reply of the given Lex version ("v1" or "v2")."""
    if version == "v1":
        return validate_v1(response)
    return validate_v2(response)


def validate_v2(response: object) -> list[str]:
    if not isinstance(response, dict):
        return ["response is not an object"]
    problems = _size(response)
    state = response.get("sessionState")
    if not isinstance(state, dict):
        return [*problems, "sessionState is required"]
    action = state.get("dialogAction")
    action = action if isinstance(action, dict) else {}
    kind = action.get("type")
    if kind not in V2_ACTIONS:
        problems.append(f"sessionState.dialogAction.type invalid: {kind!r}")
    intent = state.get("intent")
    if intent is not None and not isinstance(intent, dict):
        problems.append("sessionState.intent must be an object")
        intent = None
    messages = response.get("messages")
    has_messages = isinstance(messages, list) and len(messages) > 0
    problems += _v2_intent(intent, kind)
    problems += _v2_action(kind, action, intent or {}, has_messages)
    if intent and intent.get("slots") is not None:
        problems += _v2_slots(intent.get("slots"))
    problems += _attributes(state.get("sessionAttributes"), "sessionState.sessionAttributes")
    if messages is not None and not isinstance(messages, list):
        problems.append("messages must be a list")
    for i, message in enumerate(messages if isinstance(messages, list) else []):
        problems += _v2_message(message, f"messages[{i}]")
    return problems


def _v2_intent(intent: dict[str, Any] | None, kind: object) -> list[str]:
    """The intent's own rules: a name when present, a known state, ReadyForFulfillment
    only with Delegate."""
    if intent is None:
        return []
    problems = []
    state = intent.get("state")
    if not _text(intent.get("name"), 1):
        problems.append("sessionState.intent.name is required when intent is present")
    if state is not None and state not in V2_INTENT_STATES:
        problems.append(f"intent.state invalid: {state!r}")
    if state == "ReadyForFulfillment" and kind != "Delegate":
        problems.append("intent.state ReadyForFulfillment is only allowed with Delegate")
    return problems


def _v2_action(
    kind: object, action: dict[str, Any], intent: dict[str, Any], has_messages: bool
) -> list[str]:
    """What each dialog action needs besides its type."""
    named = _text(intent.get("name"), 1)
    problems = []
    if kind == "ElicitSlot":
        if not _text(action.get("slotToElicit"), 1):
            problems.append("ElicitSlot needs dialogAction.slotToElicit")
        if not named:
            problems.append("ElicitSlot needs sessionState.intent.name")
    elif kind == "ConfirmIntent":
        if not named or not isinstance(intent.get("slots"), dict):
            problems.append("ConfirmIntent needs intent.name and intent.slots")
        if not has_messages:
            problems.append("ConfirmIntent needs at least one message")
    elif kind == "ElicitIntent" and not has_messages:
        problems.append("ElicitIntent needs at least one message")
    elif kind == "Close":
        if not named:
            problems.append("Close needs sessionState.intent.name")
        if intent.get("state") not in V2_CLOSE_STATES:
            problems.append(
                f"Close needs intent.state Fulfilled/Failed/InProgress: {intent.get('state')!r}"
            )
    return problems


def _v2_slots(slots: object) -> list[str]:
    if not isinstance(slots, dict):
        return ["intent.slots must be an object"]
    problems = []
    for slot_name, slot in slots.items():
        if slot is None:
            continue
        if not isinstance(slot, dict):
            problems.append(
                f"slot {slot_name} must be an object or null, not {type(slot).__name__}"
            )
            continue
        values = slot.get("values")
        if slot.get("shape") == "List" or values is not None:
            for item in values if isinstance(values, list) else []:
                problems += _v2_slots({slot_name: item})
            if "value" not in slot:
                continue
        value = slot.get("value")
        if not isinstance(value, dict) or not _text(value.get("interpretedValue"), 1):
            problems.append(f"slot {slot_name} needs value.interpretedValue (non-empty)")
    return problems


def _v2_message(message: object, where: str) -> list[str]:
    if not isinstance(message, dict):
        return [f"{where} must be an object"]
    kind = message.get("contentType")
    if kind not in V2_CONTENT_TYPES:
        return [f"{where}.contentType invalid: {kind!r}"]
    problems = []
    if kind == "ImageResponseCard":
        card = message.get("imageResponseCard")
        if not isinstance(card, dict):
            return [f"{where}.imageResponseCard is required for an ImageResponseCard"]
        if not _text(card.get("title"), 1, CARD_TITLE_MAX):
            problems.append(f"{where} card title must be 1..{CARD_TITLE_MAX} characters")
        for key in ("subtitle", "imageUrl"):
            if key in card and not _text(card[key], 1, CARD_TITLE_MAX):
                problems.append(f"{where} card {key} must be 1..{CARD_TITLE_MAX} characters")
        buttons = card.get("buttons", [])
        if not isinstance(buttons, list) or len(buttons) > CARD_BUTTONS_MAX:
            problems.append(f"{where} card has more than {CARD_BUTTONS_MAX} buttons")
            buttons = []
        for b, button in enumerate(buttons):
            ok = isinstance(button, dict) and all(
                _text(button.get(k), 1, BUTTON_MAX) for k in ("text", "value")
            )
            if not ok:
                problems.append(f"{where} button {b} needs text and value of 1..{BUTTON_MAX}")
        if "content" in message and not _text(message["content"], 1, MESSAGE_MAX):
            problems.append(f"{where}.content must be 1..{MESSAGE_MAX} characters")
    elif not _text(message.get("content"), 1, MESSAGE_MAX):
        problems.append(f"{where}.content must be 1..{MESSAGE_MAX} characters")
    return problems


def validate_v1(response: object) -> list[str]:
    if not isinstance(response, dict):
        return ["response is not an object"]
    problems = _size(response)
    action = response.get("dialogAction")
    if not isinstance(action, dict):
        return [*problems, "dialogAction is required"]
    problems += _v1_action(action)
    slots = action.get("slots")
    for name, value in slots.items() if isinstance(slots, dict) else []:
        if value is not None and not isinstance(value, str):
            problems.append(f"V1 slot {name} must be a string or null")
    message = action.get("message")
    if message is not None:
        if not isinstance(message, dict) or message.get("contentType") not in V1_CONTENT_TYPES:
            problems.append("dialogAction.message.contentType invalid")
        elif not _text(message.get("content"), 1, MESSAGE_MAX):
            problems.append(f"dialogAction.message.content must be 1..{MESSAGE_MAX} characters")
    if "sessionAttributes" in response:
        problems += _attributes(response["sessionAttributes"], "sessionAttributes")
    return problems


def _v1_action(action: dict[str, Any]) -> list[str]:
    kind = action.get("type")
    problems = []
    if kind not in V1_ACTIONS:
        problems.append(f"dialogAction.type invalid: {kind!r}")
    if kind == "Close" and action.get("fulfillmentState") not in V1_FULFILLMENT_STATES:
        problems.append("Close needs fulfillmentState Fulfilled or Failed")
    if kind in ("ElicitSlot", "ConfirmIntent"):
        if not _text(action.get("intentName"), 1):
            problems.append(f"{kind} needs intentName")
        if not isinstance(action.get("slots"), dict):
            problems.append(f"{kind} needs slots")
    if kind == "ElicitSlot" and not _text(action.get("slotToElicit"), 1):
        problems.append("ElicitSlot needs slotToElicit")
    return problems


def _attributes(attributes: object, where: str) -> list[str]:
    if attributes is None:
        return []
    if not isinstance(attributes, dict):
        return [f"{where} must be an object"]
    problems = [
        f"{where}.{key!r} must map a non-empty string to a string"
        for key, value in attributes.items()
        if not (_text(key, 1) and isinstance(value, str))
    ]
    size = len(json.dumps(attributes, ensure_ascii=False, separators=(",", ":")).encode())
    if size > SESSION_ATTRIBUTES_MAX:
        problems.append(f"{where} is {size} bytes, over {SESSION_ATTRIBUTES_MAX}")
    return problems


def _size(response: dict[str, Any]) -> list[str]:
    size = len(json.dumps(response, ensure_ascii=False).encode())
    return [f"response is {size} bytes, over {OUTPUT_MAX}"] if size > OUTPUT_MAX else []


def _text(value: object, low: int, high: int | None = None) -> bool:
    """A string of `low`..`high` characters, counted as Lex does in UTF-16 code units."""
    if not isinstance(value, str):
        return False
    size = len(value.encode("utf-16-le")) // 2
    return size >= low and (high is None or size <= high)
