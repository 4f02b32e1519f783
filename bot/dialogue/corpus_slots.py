"""Fill the bot definition's corpus slot types (conferences, speakers, talks) from the index."""

from __future__ import annotations

from bot.dialogue.definition import BotDefinition, SlotTypeValue, load_definition
from bot.ingest.models import UNKNOWN_EVENT
from bot.settings import Settings


def filled_definition(settings: Settings) -> BotDefinition:
    from bot.dialogue.gazetteer import Gazetteer
    from bot.retrieval.knowledge import Knowledge

    knowledge = Knowledge.load(settings)
    gazetteer = Gazetteer.build(knowledge)
    definition = load_definition(settings.bot_definition)
    values: dict[str, list[SlotTypeValue]] = {
        "conferences": [
            SlotTypeValue(
                value=doc.conference,
                synonyms=sorted({a for a in doc.aliases if a.lower() != doc.conference.lower()}),
            )
            for doc in knowledge.documents.values()
            if doc.conference != UNKNOWN_EVENT
        ],
        "speakers": [
            SlotTypeValue(value=name, synonyms=[name.split()[-1]]) for name in gazetteer.speakers
        ],
        "talks": [SlotTypeValue(value=t.title, synonyms=[]) for t in gazetteer.talks],
    }
    for slot_type in definition.slot_types:
        if slot_type.from_corpus in values:
            slot_type.values = values[slot_type.from_corpus]
    return definition
