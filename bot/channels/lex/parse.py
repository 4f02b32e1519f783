"""Turn a raw Lex code hook event (V2 or V1) into one neutral request.

Lex tells the versions apart only by shape (`sessionState` for V2,
`currentIntent` for V1), and AWS warns that fields may appear without a
version bump, so parsing is tolerant of anything extra and strict only about
the few fields whose type we rely on.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from bot.api import jsonbody
from bot.channels.lex.names import intent_from_lex, slot_from_lex
from bot.errors import BotError

Version = Literal["v1", "v2"]


class LexEventError(BotError):
    """The body is not a Lex event we can read; answered with HTTP 400."""


class LexRequest(BaseModel):
    """What the webhook needs from an event, whatever the Lex version."""

    version: Version
    session_id: str | None = None
    transcript: str = ""
    invocation_source: str | None = None
    lex_intent: str | None = Field(default=None, description="Lex's intent name, as sent")
    intent: str | None = Field(default=None, description="Ours, or None for Fallback/unknown")
    slots: dict[str, str] = Field(default_factory=dict, description="Our slot names -> values")
    raw_slots: dict[str, Any] = Field(
        default_factory=dict, description="Lex's slots exactly as sent, echoed back on Close"
    )
    confirmation_state: str | None = None
    session_attributes: dict[str, str] = Field(default_factory=dict)
    locale: str | None = None


def parse_event(body: bytes | str) -> LexRequest:
    """Parse a request body; raise `LexEventError` with a reason a caller can act on."""
    try:
        event = jsonbody.loads(body)
    except jsonbody.JsonError as exc:
        raise LexEventError(str(exc)) from None
    if not isinstance(event, dict):
        raise LexEventError("event must be a JSON object")
    if "sessionState" in event:
        return _parse_v2(event)
    if "currentIntent" in event:
        return _parse_v1(event)
    raise LexEventError("neither sessionState (Lex V2) nor currentIntent (Lex V1) present")


def _parse_v2(event: dict[str, Any]) -> LexRequest:
    state = _object(event, "sessionState", required=True) or {}
    intent = _object(state, "intent") or {}
    name = _string(intent, "name", "sessionState.intent.name")
    raw_slots = _object(intent, "slots", where="sessionState.intent.slots") or {}
    slots: dict[str, str] = {}
    for lex_name, slot in raw_slots.items():
        ours = slot_from_lex(lex_name)
        value = _v2_slot_value(slot, lex_name)
        if ours and value:
            slots[ours] = value
    bot = _object(event, "bot") or {}
    return LexRequest(
        version="v2",
        session_id=_string(event, "sessionId"),
        transcript=_string(event, "inputTranscript") or "",
        invocation_source=_string(event, "invocationSource"),
        lex_intent=name,
        intent=intent_from_lex(name),
        slots=slots,
        raw_slots=raw_slots,
        confirmation_state=_string(
            intent, "confirmationState", "sessionState.intent.confirmationState"
        ),
        session_attributes=_attributes(state, "sessionState.sessionAttributes"),
        locale=_string(bot, "localeId", "bot.localeId"),
    )


def _parse_v1(event: dict[str, Any]) -> LexRequest:
    intent = _object(event, "currentIntent", required=True) or {}
    name = _string(intent, "name", "currentIntent.name")
    raw_slots = _object(intent, "slots", where="currentIntent.slots") or {}
    slots: dict[str, str] = {}
    for lex_name, value in raw_slots.items():
        if value is not None and not isinstance(value, str):
            raise LexEventError(f"currentIntent.slots.{lex_name} must be a string or null")
        ours = slot_from_lex(lex_name)
        if ours and value and value.strip():
            slots[ours] = value.strip()
    return LexRequest(
        version="v1",
        session_id=_string(event, "userId"),
        transcript=_string(event, "inputTranscript") or "",
        invocation_source=_string(event, "invocationSource"),
        lex_intent=name,
        intent=intent_from_lex(name),
        slots=slots,
        raw_slots=raw_slots,
        confirmation_state=_string(
            intent, "confirmationStatus", "currentIntent.confirmationStatus"
        ),
        session_attributes=_attributes(event, "sessionAttributes"),
    )


def _v2_slot_value(slot: object, lex_name: str) -> str | None:
    """A V2 slot is null, a Scalar `{value: {...}}` or a List `{values: [...]}`;
    `shape` is optional, so the structure decides, not the label."""
    if slot is None:
        return None
    if not isinstance(slot, dict):
        raise LexEventError(f"slot {lex_name} must be an object or null")
    values = slot.get("values")
    if isinstance(values, list) and values:
        parts = [_v2_slot_value(item, lex_name) for item in values]
        joined = ", ".join(p for p in parts if p)
        return joined or None
    value = slot.get("value")
    if value is None:
        return None
    if not isinstance(value, dict):
        raise LexEventError(f"slot {lex_name}.value must be an object")
    for key in ("interpretedValue", "originalValue"):
        text = value.get(key)
        if isinstance(text, str) and text.strip():
            return text.strip()
    return None


def _object(
    container: dict[str, Any], key: str, *, required: bool = False, where: str | None = None
) -> dict[str, Any] | None:
    value = container.get(key)
    if value is None:
        if required:
            raise LexEventError(f"{where or key} is required")
        return None
    if not isinstance(value, dict):
        raise LexEventError(f"{where or key} must be an object")
    return value


def _string(container: dict[str, Any], key: str, where: str | None = None) -> str | None:
    value = container.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise LexEventError(f"{where or key} must be a string")
    return value


def _attributes(container: dict[str, Any], where: str) -> dict[str, str]:
    """Session attributes are a string-to-string map; `null` means none yet."""
    attributes = container.get("sessionAttributes")
    if attributes is None:
        return {}
    if not isinstance(attributes, dict):
        raise LexEventError(f"{where} must be an object")
    for key, value in attributes.items():
        if not isinstance(value, str):
            raise LexEventError(f"{where}.{key} must be a string")
    return dict(attributes)
