"""Write the bot definition as a Lex V2 import archive (`bot export-lex`).

Teams that run Lex want to import this bot rather than click it together, and
the definition in bot.yaml stays the single source: intents, sample
utterances, slots with prompts and priorities, slot types (corpus values and
synonyms), FallbackIntent, and code hooks on, so every turn reaches our webhook.
Layout and field names follow Lex V2's "JSON format for importing and
exporting" page and what real Lex exports contain.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import re
import zipfile
from pathlib import Path
from typing import Any

from bot.channels.lex.names import FALLBACK_INTENT, to_lex
from bot.dialogue.definition import BotDefinition, IntentSpec, SlotSpec, SlotType

logger = logging.getLogger(__name__)

FREE_TEXT_TYPE = "AMAZON.FreeFormInput"  # a custom type needs values; free text has none
VALUE_LIMIT = 140  # Lex slot type sample values and synonyms
DESCRIPTION_LIMIT = 200
UTTERANCE_LIMIT = 200
DEFAULT_PROMPT = "Which {label}?"


def export_lex(definition: BotDefinition, out: Path) -> None:
    """Write `out` (a .zip) importable by Lex V2 as a bot with one locale."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path, document in lex_files(definition).items():
            archive.writestr(path, json.dumps(document, indent=2, ensure_ascii=False))


def lex_files(definition: BotDefinition) -> dict[str, dict[str, Any]]:
    """Archive path -> JSON document; separate from the zip so it is easy to inspect."""
    root = definition.name
    locale = f"{root}/BotLocales/{definition.locale}"
    files: dict[str, dict[str, Any]] = {
        "Manifest.json": {
            "metadata": {"schemaVersion": "1.0", "fileFormat": "LexJson", "resourceType": "Bot"}
        },
        f"{root}/Bot.json": {
            "name": root,
            "version": "DRAFT",
            "description": _clip(definition.description, DESCRIPTION_LIMIT) or None,
            "identifier": _identifier("bot", root),
            "dataPrivacy": {"childDirected": False},
            "idleSessionTTLInSeconds": 300,
        },
        f"{locale}/BotLocale.json": {
            "name": definition.locale,
            "identifier": definition.locale,
            "version": None,
            "description": None,
            "voiceSettings": {"voiceId": "Joanna"},
            "nluConfidenceThreshold": 0.4,
        },
    }
    slot_type_names = _slot_type_names(definition)
    seen_utterances: set[str] = set()
    for intent in definition.intents:
        name = to_lex(intent.name)
        utterances = _utterances(intent, seen_utterances)
        files[f"{locale}/Intents/{name}/Intent.json"] = _intent(intent, name, utterances)
        for slot in intent.slots:
            path = f"{locale}/Intents/{name}/Slots/{to_lex(slot.name)}/Slot.json"
            files[path] = _slot(intent, slot, slot_type_names[slot.type])
    files[f"{locale}/Intents/{FALLBACK_INTENT}/Intent.json"] = _fallback()
    for slot_type in definition.slot_types:
        if slot_type_names[slot_type.name] == slot_type.name:
            path = f"{locale}/SlotTypes/{slot_type.name}/SlotType.json"
            files[path] = _slot_type(slot_type)
    return files


def _slot_type_names(definition: BotDefinition) -> dict[str, str]:
    """Our slot type -> the Lex type a slot uses: itself, or free text when it has no values."""
    names = {}
    for slot_type in definition.slot_types:
        if slot_type.values:
            names[slot_type.name] = slot_type.name
        else:
            if slot_type.from_corpus:
                logger.warning("slot type %s has no values: build the index first", slot_type.name)
            names[slot_type.name] = FREE_TEXT_TYPE
    return names


def _code_hooks() -> dict[str, Any]:
    return {
        "dialogCodeHook": {"enabled": True},
        "fulfillmentCodeHook": {
            "enabled": True,
            "fulfillmentUpdatesSpecification": None,
            "postFulfillmentStatusSpecification": None,
        },
    }


def _intent(intent: IntentSpec, name: str, utterances: list[str]) -> dict[str, Any]:
    return {
        "name": name,
        "identifier": _identifier("intent", name),
        "description": _clip(intent.description, DESCRIPTION_LIMIT) or None,
        "parentIntentSignature": None,
        "sampleUtterances": [{"utterance": u} for u in utterances],
        "intentConfirmationSetting": None,
        "intentClosingSetting": None,
        "inputContexts": None,
        "outputContexts": None,
        "kendraConfiguration": None,
        **_code_hooks(),
        "slotPriorities": [
            {"priority": rank, "slotName": to_lex(slot.name)}
            for rank, slot in enumerate(_by_priority(intent.slots), start=1)
        ],
    }


def _by_priority(slots: list[SlotSpec]) -> list[SlotSpec]:
    """Required slots first, so Lex asks for what the intent cannot do without."""
    return sorted(slots, key=lambda slot: not slot.required)


def _fallback() -> dict[str, Any]:
    """Lex's built-in catch-all, with code hooks on: we answer what Lex cannot classify."""
    return {
        "name": FALLBACK_INTENT,
        "identifier": "FALLBCKINT",
        "description": "Anything Lex cannot classify is answered by the webhook",
        "parentIntentSignature": "AMAZON.FallbackIntent",
        "sampleUtterances": None,
        "intentConfirmationSetting": None,
        "intentClosingSetting": None,
        "inputContexts": None,
        "outputContexts": None,
        "kendraConfiguration": None,
        **_code_hooks(),
        "slotPriorities": [],
    }


def _slot(intent: IntentSpec, slot: SlotSpec, type_name: str) -> dict[str, Any]:
    name = to_lex(slot.name)
    prompt = slot.prompt or DEFAULT_PROMPT.format(label=slot.name.replace("_", " "))
    return {
        "name": name,
        "identifier": _identifier("slot", f"{intent.name}/{slot.name}"),
        "description": None,
        "slotTypeName": type_name,
        "obfuscationSetting": None,
        "valueElicitationSetting": {
            "slotConstraint": "Required" if slot.required else "Optional",
            "promptSpecification": {
                "messageGroupsList": [_message(prompt)],
                "maxRetries": 2,
                "allowInterrupt": True,
            },
            "sampleUtterances": None,
            "defaultValueSpecification": None,
            "waitAndContinueSpecification": None,
        },
        "multipleValuesSetting": None,
    }


def _slot_type(slot_type: SlotType) -> dict[str, Any]:
    """Values with synonyms; every string kept once (Lex rejects duplicates) and
    within Lex's length limit."""
    seen: set[str] = set()
    values = []
    for entry in slot_type.values:
        value = _clip(entry.value, VALUE_LIMIT)
        if not value or value.lower() in seen:
            continue
        seen.add(value.lower())
        synonyms = []
        for synonym in entry.synonyms:
            synonym = _clip(synonym, VALUE_LIMIT)
            if synonym and synonym.lower() not in seen:
                seen.add(synonym.lower())
                synonyms.append({"value": synonym})
        values.append({"sampleValue": {"value": value}, "synonyms": synonyms or None})
    return {
        "name": slot_type.name,
        "identifier": _identifier("slottype", slot_type.name),
        "description": _clip(slot_type.description, DESCRIPTION_LIMIT) or None,
        "slotTypeValues": values,
        "parentSlotTypeSignature": None,
        "valueSelectionSetting": {"resolutionStrategy": "TOP_RESOLUTION", "regexFilter": None},
    }


def _utterances(intent: IntentSpec, seen: set[str]) -> list[str]:
    """Sample utterances as Lex accepts them: plain words, each unique in the locale
    (Lex cannot tell intents apart on one sentence)."""
    result = []
    for utterance in intent.utterances:
        text = _clip(re.sub(r"[^\w\s'.-]", " ", utterance), UTTERANCE_LIMIT)
        if text and text.lower() not in seen:
            seen.add(text.lower())
            result.append(text)
    return result


def _message(text: str) -> dict[str, Any]:
    return {
        "message": {
            "plainTextMessage": {"value": text},
            "customPayload": None,
            "ssmlMessage": None,
            "imageResponseCard": None,
        },
        "variations": None,
    }


def _clip(text: str, limit: int) -> str:
    """Collapse whitespace and cut at a word so Lex's length limits hold."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] or text[:limit]


def _identifier(kind: str, name: str) -> str:
    """Stable 10-character id like the ones in Lex exports, so re-exports diff cleanly."""
    digest = hashlib.sha1(f"{kind}:{name}".encode()).digest()
    return base64.b32encode(digest).decode()[:10]
