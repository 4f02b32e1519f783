"""The bot as code: intents, sample utterances, slots, prompts and replies.

A person edits `bot/dialogue/bot.yaml`; slot types for conferences, speakers and
talks are filled from the corpus metadata when the index is built, so a new
notes file brings its own values.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, Field, model_validator

from bot import yamlfile
from bot.schemas import Intent

DEFAULT_DEFINITION = Path(__file__).with_name("bot.yaml")


class SlotTypeValue(BaseModel):
    value: str
    synonyms: list[str] = Field(default_factory=list)


class SlotType(BaseModel):
    name: str
    description: str = ""
    values: list[SlotTypeValue] = Field(default_factory=list)
    from_corpus: str | None = Field(
        default=None, description="conferences | speakers | talks: filled at index time"
    )


class SlotSpec(BaseModel):
    name: str
    type: str
    required: bool = False
    prompt: str | None = None


class IntentSpec(BaseModel):
    name: Intent  # a name the code does not know would never be routed: refused at load
    description: str = ""
    utterances: list[str] = Field(default_factory=list)
    patterns: list[str] = Field(
        default_factory=list, description="Regular expressions: features of the intent model"
    )
    slots: list[SlotSpec] = Field(default_factory=list)
    replies: list[str] = Field(default_factory=list)


class BotDefinition(BaseModel):
    name: str
    description: str = ""
    locale: str = "en_US"
    intents: list[IntentSpec]
    slot_types: list[SlotType]
    responses: dict[str, str] = Field(
        default_factory=dict, description="Other things the bot says, by name (clarify, ...)"
    )

    @model_validator(mode="after")
    def _every_intent_once(self) -> BotDefinition:
        names = [spec.name for spec in self.intents]
        missing = set(Intent) - set(names)
        if missing or len(names) != len(set(names)):
            raise ValueError(f"each intent once: missing {sorted(missing)}, listed {names}")
        return self

    def intent(self, name: str) -> IntentSpec:
        for spec in self.intents:
            if spec.name == name:
                return spec
        raise KeyError(name)

    def slot_type(self, name: str) -> SlotType:
        for spec in self.slot_types:
            if spec.name == name:
                return spec
        raise KeyError(name)


def load_definition(path: Path | None = None) -> BotDefinition:
    data = yamlfile.load((path or DEFAULT_DEFINITION).read_text(encoding="utf-8"))
    return BotDefinition.model_validate(data)
