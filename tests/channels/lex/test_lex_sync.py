"""`bot lex-sync` against a local stand-in of the Lex V2 model-building API: only the
slot types whose values changed are sent, then the locale is built."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from lex_models_standin import LexModelsStandIn
from typer.testing import CliRunner

from bot.channels.lex.sync import desired_slot_types
from bot.cli import app as cli
from bot.dialogue.corpus_slots import filled_definition

BOT = "BOTID12345"
BASE = "/bots/BOTID12345/botversions/DRAFT/botlocales/en_GB/"


@pytest.fixture
def wanted(settings: Any) -> dict[str, dict[str, Any]]:
    return desired_slot_types(filled_definition(settings))


@pytest.fixture
def lex(wanted: dict[str, dict[str, Any]]) -> Iterator[LexModelsStandIn]:
    standin = LexModelsStandIn(
        slot_types={
            "CONF000001": {**wanted["ConferenceName"]},  # already current
            "TALK000001": {
                "slotTypeName": "TalkTitle",
                "slotTypeValues": [{"sampleValue": {"value": "An old talk"}}],
                "valueSelectionSetting": {"resolutionStrategy": "OriginalValue"},
            },
        }
    )
    yield standin
    standin.stop()


def run(settings: Any, lex: LexModelsStandIn, *args: str, **env: str) -> Any:
    base_env = {
        "BOT_INDEX_DIR": str(settings.index_dir),
        "BOT_CORPUS_DIR": str(settings.corpus_dir),
        "BOT_LEX_LOCALE": "en_GB",
        "AWS_ACCESS_KEY_ID": "AKIDSTANDIN",
        "AWS_SECRET_ACCESS_KEY": "standin-secret",
        "AWS_REGION": "eu-west-2",
        "AWS_ENDPOINT_URL_LEX_MODELS_V2": lex.url,
        "AWS_CONFIG_FILE": "/nonexistent",
        "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent",
    }
    return CliRunner().invoke(cli, ["lex-sync", *args], env=base_env | env)


def test_changed_and_missing_slot_types_are_sent_then_the_locale_is_built(
    settings: Any, lex: LexModelsStandIn, wanted: dict[str, dict[str, Any]]
) -> None:
    result = run(settings, lex, "--bot-id", BOT, "--wait", "5")
    assert result.exit_code == 0, result.output
    assert "created: SpeakerName" in result.output and "updated: TalkTitle" in result.output
    assert "unchanged: ConferenceName" in result.output and "build: Built" in result.output
    calls = [(c.method, c.path.removeprefix(BASE)) for c in lex.calls]
    assert calls.count(("POST", "slottypes/")) == 2  # both pages of ListSlotTypes
    assert ("PUT", "slottypes/CONF000001/") not in calls
    assert ("PUT", "slottypes/TALK000001/") in calls and ("PUT", "slottypes/") in calls
    assert calls[-2:] == [("POST", ""), ("GET", "")]  # BuildBotLocale, then DescribeBotLocale
    update = next(
        c for c in lex.calls if c.method == "PUT" and c.path == BASE + "slottypes/TALK000001/"
    )
    titles = [v["sampleValue"]["value"] for v in update.body["slotTypeValues"]]
    assert "Creating resilience through destruction" in titles and "An old talk" not in titles
    assert all(len(t) <= 140 for t in titles)
    assert update.body["valueSelectionSetting"] == {"resolutionStrategy": "OriginalValue"}  # kept
    created = next(c for c in lex.calls if c.method == "PUT" and c.path == BASE + "slottypes/")
    assert created.body["slotTypeName"] == "SpeakerName"
    assert created.body["slotTypeValues"] == wanted["SpeakerName"]["slotTypeValues"]
    auth = update.headers["Authorization"]
    assert auth.startswith("AWS4-HMAC-SHA256 Credential=AKIDSTANDIN/")
    assert "/eu-west-2/lex/aws4_request" in auth


def test_a_second_sync_changes_nothing_and_builds_nothing(
    settings: Any, lex: LexModelsStandIn
) -> None:
    assert run(settings, lex, "--bot-id", BOT).exit_code == 0
    lex.calls.clear()
    result = run(settings, lex, "--bot-id", BOT)
    assert result.exit_code == 0 and "nothing changed, no build needed" in result.output
    assert {c.method for c in lex.calls} == {"POST", "GET"}
    assert all(c.path != BASE for c in lex.calls)


def test_without_credentials_or_bot_id_it_says_what_is_missing(
    settings: Any, lex: LexModelsStandIn
) -> None:
    no_bot = run(settings, lex)
    assert no_bot.exit_code == 1 and "--bot-id" in no_bot.output
    no_keys = run(settings, lex, "--bot-id", BOT, AWS_ACCESS_KEY_ID="", AWS_SECRET_ACCESS_KEY="")
    assert no_keys.exit_code == 1 and "no AWS credentials" in no_keys.output
    assert lex.calls == []
