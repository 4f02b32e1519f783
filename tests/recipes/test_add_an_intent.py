"""Recipe: add an intent (docs/architecture.md). An intent is a name in `Intent`, an entry
with sample utterances in `bot/dialogue/bot.yaml`, an act in `policy.ACTS`, and a refit
(`make fit`). Each step has a guard that fails until it is done; they are checked here."""

from __future__ import annotations

from bot.dialogue.definition import load_definition
from bot.dialogue.intents import IntentModel
from bot.dialogue.policy import ACTS
from bot.schemas import Intent


def test_every_intent_has_an_act() -> None:
    assert set(ACTS) == set(Intent)


def test_every_intent_has_sample_utterances_in_the_bot_definition() -> None:
    definition = load_definition()
    assert all(len(definition.intent(name).utterances) >= 40 for name in Intent)


def test_the_fitted_intent_model_knows_every_intent() -> None:
    model = IntentModel.load()
    assert model is not None, "run `make fit`"
    assert set(model.classes) == {i.value for i in Intent}
