from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest

from bot.channels.lex.export import FREE_TEXT_TYPE, export_lex
from bot.channels.lex.names import to_lex
from bot.dialogue.definition import SlotTypeValue, load_definition

LOCALE = "ConferenceNotesBot/BotLocales/en_US"


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    definition = load_definition()
    values = {
        "ConferenceName": [
            ("AWSome Day Manchester 2018", ["awsome day", "AWSome day"]),
            ("AWS re:Invent 2017", ["reinvent"]),
        ],
        "SpeakerName": [("Ian Massingham", ["ian"]), ("Adrian Hornsby", [])],
        "TalkTitle": [
            ("Chaos Engineering " + "x" * 200, []),
            ("Serverless development", ["serverless"]),
        ],
    }
    for slot_type in definition.slot_types:
        for value, synonyms in values.get(slot_type.name, []):
            slot_type.values.append(SlotTypeValue(value=value, synonyms=synonyms))
    out = tmp_path_factory.mktemp("lex") / "nested" / "bot.zip"
    export_lex(definition, out)
    with zipfile.ZipFile(out) as zipped:
        assert zipped.testzip() is None
        return {name: json.loads(zipped.read(name)) for name in zipped.namelist()}


def intents(archive: dict[str, Any]) -> dict[str, dict[str, Any]]:
    pattern = re.compile(rf"{LOCALE}/Intents/([^/]+)/Intent\.json")
    return {m.group(1): doc for path, doc in archive.items() if (m := pattern.fullmatch(path))}


def test_manifest_bot_and_locale_files_are_where_lex_looks(archive: dict[str, Any]) -> None:
    assert archive["Manifest.json"] == {
        "metadata": {"schemaVersion": "1.0", "fileFormat": "LexJson", "resourceType": "Bot"}
    }
    bot = archive["ConferenceNotesBot/Bot.json"]
    assert bot["name"] == "ConferenceNotesBot"
    assert bot["dataPrivacy"] == {"childDirected": False}
    assert archive[f"{LOCALE}/BotLocale.json"]["identifier"] == "en_US"


def test_every_intent_is_exported_in_pascal_case_with_code_hooks_on(
    archive: dict[str, Any],
) -> None:
    found = intents(archive)
    assert set(found) == {
        "AskQuestion",
        "ListTalks",
        "SummarizeTalk",
        "SpeakerInfo",
        "ListConferences",
        "Greeting",
        "Help",
        "Goodbye",
        "Reset",
        "Thanks",
        "OutOfScope",
        "FallbackIntent",
    }
    for name, intent in found.items():
        assert intent["name"] == name
        assert intent["dialogCodeHook"] == {"enabled": True}
        assert intent["fulfillmentCodeHook"]["enabled"] is True
    assert found["FallbackIntent"]["parentIntentSignature"] == "AMAZON.FallbackIntent"


def test_sample_utterances_are_exported_and_unique_across_intents(archive: dict[str, Any]) -> None:
    found = intents(archive)
    definition = load_definition()
    for spec in definition.intents:  # the definition's utterances, in Lex's spelling
        exported = {u["utterance"] for u in found[to_lex(spec.name)]["sampleUtterances"]}
        assert len(exported) >= 40
        plain = {" ".join(re.sub(r"[^\w\s'.-]", " ", u).split()) for u in spec.utterances}
        assert exported <= plain
    every = [u["utterance"].lower() for i in found.values() for u in i["sampleUtterances"] or []]
    assert len(every) == len(set(every))
    assert all(re.fullmatch(r"[\w\s'.-]+", u) for u in every)


def test_every_slot_file_is_listed_in_priorities_and_uses_an_existing_type(
    archive: dict[str, Any],
) -> None:
    types = {doc["name"] for path, doc in archive.items() if path.endswith("SlotType.json")}
    for name, intent in intents(archive).items():
        prefix = f"{LOCALE}/Intents/{name}/Slots/"
        slot_files = {
            p[len(prefix) :].split("/")[0]: d for p, d in archive.items() if p.startswith(prefix)
        }
        assert {p["slotName"] for p in intent["slotPriorities"]} == set(slot_files)
        assert sorted(p["priority"] for p in intent["slotPriorities"]) == list(
            range(1, len(slot_files) + 1)
        )
        for slot_name, slot in slot_files.items():
            assert slot["name"] == slot_name
            assert slot["slotTypeName"] in types or slot["slotTypeName"] == FREE_TEXT_TYPE
            prompt = slot["valueElicitationSetting"]["promptSpecification"]["messageGroupsList"]
            assert prompt[0]["message"]["plainTextMessage"]["value"]


def test_required_slots_come_first_with_their_prompt(archive: dict[str, Any]) -> None:
    summarize = intents(archive)["SummarizeTalk"]
    assert summarize["slotPriorities"][0] == {"priority": 1, "slotName": "Talk"}
    talk = archive[f"{LOCALE}/Intents/SummarizeTalk/Slots/Talk/Slot.json"]
    assert talk["slotTypeName"] == "TalkTitle"
    setting = talk["valueElicitationSetting"]
    assert setting["slotConstraint"] == "Required"
    assert setting["promptSpecification"]["messageGroupsList"][0]["message"][
        "plainTextMessage"
    ] == {"value": "Which talk would you like summarised?"}
    topic = archive[f"{LOCALE}/Intents/AskQuestion/Slots/Topic/Slot.json"]
    assert topic["slotTypeName"] == FREE_TEXT_TYPE
    assert topic["valueElicitationSetting"]["slotConstraint"] == "Optional"


def test_slot_types_carry_values_and_synonyms_unique_and_within_limits(
    archive: dict[str, Any],
) -> None:
    conference = archive[f"{LOCALE}/SlotTypes/ConferenceName/SlotType.json"]
    assert conference["slotTypeValues"][0] == {
        "sampleValue": {"value": "AWSome Day Manchester 2018"},
        "synonyms": [{"value": "awsome day"}],
    }
    assert conference["valueSelectionSetting"]["resolutionStrategy"] == "TOP_RESOLUTION"
    talks = archive[f"{LOCALE}/SlotTypes/TalkTitle/SlotType.json"]["slotTypeValues"]
    assert all(len(v["sampleValue"]["value"]) <= 140 for v in talks)
    assert f"{LOCALE}/SlotTypes/TopicText/SlotType.json" not in archive


def test_identifiers_are_stable_between_exports(tmp_path: Path) -> None:
    first, second = tmp_path / "a.zip", tmp_path / "b.zip"
    export_lex(load_definition(), first)
    export_lex(load_definition(), second)
    with zipfile.ZipFile(first) as a, zipfile.ZipFile(second) as b:
        assert {n: a.read(n) for n in a.namelist()} == {n: b.read(n) for n in b.namelist()}
