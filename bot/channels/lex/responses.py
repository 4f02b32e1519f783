"""Build the Lex V2 or V1 reply for a turn, in the version the event came in.

Two outcomes only, which keeps the replies inside the documented rules: the
engine asks for a slot (ElicitSlot on our intent, with up to three choice
buttons) or it has answered (Close, Fulfilled; Failed when the engine broke).
Dialogue state always travels back in `sessionAttributes`.
"""

from __future__ import annotations

from typing import Any

from bot.channels.lex import choices
from bot.channels.lex.messages import clip, reply_messages, single_message
from bot.channels.lex.names import FALLBACK_INTENT, slot_from_lex, to_lex
from bot.channels.lex.parse import LexRequest
from bot.channels.lex.state import store_state
from bot.schemas import Button
from bot.turns import TurnResult

CARD_TITLE_LIMIT = 250
APOLOGY = {
    "en": "Sorry, something went wrong on my side. Please try again in a moment.",
    "de": "Entschuldigung, bei mir ist etwas schiefgegangen. Bitte versuche es gleich noch einmal.",
}

IntentSlots = dict[str, list[str]]
"""Our intent name -> our slot names, from the bot definition."""


def apology(locale: str | None) -> str:
    """The failure message in the bot locale's language when we have one."""
    return APOLOGY.get((locale or "en")[:2].lower(), APOLOGY["en"])


def build_response(
    request: LexRequest, result: TurnResult | None, intent_slots: IntentSlots
) -> dict[str, Any]:
    """The reply for `request`; `result` None means the engine failed."""
    if request.version == "v1":
        return _v1(request, result, intent_slots)
    return _v2(request, result, intent_slots)


def _elicitation(result: TurnResult | None, intent_slots: IntentSlots) -> tuple[str, str] | None:
    """(our intent, our slot) to elicit, when Lex can elicit it on an intent it knows."""
    if result is None or not result.elicit_slot:
        return None
    intent = result.state.pending_intent or result.reply.intent
    if result.elicit_slot not in intent_slots.get(intent, []):
        return None  # Lex would reject an unknown slot; the prompt still goes out on Close
    return intent, result.elicit_slot


def _buttons(result: TurnResult) -> tuple[list[Button], dict[str, str]]:
    """Up to three choices that fit Lex's 1..50-character button text and value, and
    the full value behind each one that had to be cut."""
    return choices.shorten(result.reply.buttons)


def _slot_values(result: TurnResult, intent: str) -> dict[str, str]:
    values = dict(result.state.pending_slots)
    if result.reply.intent == intent:
        values.update(result.reply.slots)
    return values


def _v2(request: LexRequest, result: TurnResult | None, intent_slots: IntentSlots) -> dict:
    attributes = choices.remember(
        store_state(request.session_attributes, result.state)
        if result
        else dict(request.session_attributes),
        {},
    )
    elicit = _elicitation(result, intent_slots)
    if result is not None and elicit is not None:
        intent, slot = elicit
        values = _slot_values(result, intent)
        slots = {
            to_lex(name): None if name == slot else _v2_slot(request, name, values.get(name))
            for name in intent_slots[intent]
        }
        messages: list[dict[str, Any]] = [
            {"contentType": "PlainText", "content": text} for text in reply_messages(result.reply)
        ]
        buttons, full = _buttons(result)
        if buttons:
            messages.append(_card(result.reply.answer, buttons))
            attributes = choices.remember(attributes, full)
        return {
            "sessionState": {
                "dialogAction": {"type": "ElicitSlot", "slotToElicit": to_lex(slot)},
                "intent": {
                    "name": to_lex(intent),
                    "state": "InProgress",
                    "confirmationState": "None",
                    "slots": slots,
                },
                "sessionAttributes": attributes,
            },
            "messages": messages[:10],
        }
    texts = reply_messages(result.reply) if result else [apology(request.locale)]
    closed: dict[str, Any] = {
        "name": request.lex_intent or (to_lex(result.reply.intent) if result else FALLBACK_INTENT),
        "state": "Fulfilled" if result else "Failed",
    }
    if request.lex_intent:
        closed["slots"] = request.raw_slots
        closed["confirmationState"] = request.confirmation_state or "None"
    return {
        "sessionState": {
            "dialogAction": {"type": "Close"},
            "intent": closed,
            "sessionAttributes": attributes,
        },
        "messages": [{"contentType": "PlainText", "content": text} for text in texts],
    }


def _v2_slot(request: LexRequest, name: str, value: str | None) -> dict[str, Any] | None:
    """Echo Lex's own slot object when it still holds the value (keeping what the user
    said); otherwise a fresh Scalar object. Never a bare string, never empty."""
    if not value:
        return None
    raw = request.raw_slots.get(to_lex(name))
    if isinstance(raw, dict) and slot_from_lex(to_lex(name)):
        inner = raw.get("value")
        if isinstance(inner, dict) and inner.get("interpretedValue") == value:
            return raw
    return {
        "shape": "Scalar",
        "value": {"originalValue": value, "interpretedValue": value, "resolvedValues": [value]},
    }


def _card(prompt: str, buttons: list[Button]) -> dict[str, Any]:
    return {
        "contentType": "ImageResponseCard",
        "imageResponseCard": {
            "title": clip(prompt, CARD_TITLE_LIMIT) or "Choose one",
            "buttons": [{"text": b.text, "value": b.value} for b in buttons],
        },
    }


def _v1(request: LexRequest, result: TurnResult | None, intent_slots: IntentSlots) -> dict:
    attributes = choices.remember(
        store_state(request.session_attributes, result.state)
        if result
        else dict(request.session_attributes),
        {},
    )
    elicit = _elicitation(result, intent_slots)
    if result is not None and elicit is not None:
        intent, slot = elicit
        values = _slot_values(result, intent)
        action: dict[str, Any] = {
            "type": "ElicitSlot",
            "intentName": to_lex(intent),
            "slots": {
                to_lex(name): None if name == slot else (values.get(name) or None)
                for name in intent_slots[intent]
            },
            "slotToElicit": to_lex(slot),
            "message": {
                "contentType": "PlainText",
                "content": single_message(result.reply, _buttons(result)[0]),
            },
        }
    else:
        action = {
            "type": "Close",
            "fulfillmentState": "Fulfilled" if result else "Failed",
            "message": {
                "contentType": "PlainText",
                "content": single_message(result.reply) if result else apology(request.locale),
            },
        }
    return {"sessionAttributes": attributes, "dialogAction": action}
