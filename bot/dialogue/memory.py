"""What a turn leaves in session memory: slots, the sources cited, capped history."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from bot.dialogue import followup
from bot.schemas import AskResponse, Citation
from bot.turns import DialogueState, HistoryTurn

if TYPE_CHECKING:
    from bot.engine import Engine


def remember(
    engine: Engine, state: DialogueState, text: str, reply: AskResponse, said: str | None = None
) -> None:
    """`text` as understood (typos corrected), `said` as typed, for the history."""
    if reply.intent == "reset":
        return
    if reply.intent not in ("greeting", "help", "goodbye", "thanks", "out_of_scope"):
        for slot in ("conference", "speaker", "talk"):
            if reply.slots.get(slot):
                setattr(state, slot, reply.slots[slot])
        if reply.citations and reply.intent in ("ask_question", "summarize_talk"):
            ids = [passage_id_of(engine, c) for c in reply.citations]
            state.last_sources = [i for i in ids if i is not None]
            state.shown = list(dict.fromkeys(state.shown + state.last_sources))[-50:]
            section_speaker = reply.citations[0].speaker
            if section_speaker and not reply.slots.get("speaker"):
                state.speaker = section_speaker.split(",")[0].split(" and ")[0]
        if reply.intent == "ask_question" and reply.answered and not followup.MORE.search(text):
            state.last_question = text  # as embedded: the next follow-up reuses its vector
            topic = reply.slots.get("topic")
            if topic and reply._leaned and state.topic:  # a follow-up: keep the subject too
                topic = " ".join(dict.fromkeys(f"{topic} {state.topic}".split()))
            if topic:
                state.topic = " ".join(topic.split()[:8])
    state.last_intent = reply.intent
    state.history.append(
        HistoryTurn(
            user=said if said is not None else text,
            bot=reply.answer,
            intent=reply.intent,
            answered=reply.answered,
            citations=reply.citations,
            buttons=reply.buttons,
        )
    )
    state.history = state.history[-engine.settings.history_turns :]
    state.updated_at = time.time()


def passage_id_of(engine: Engine, cite: Citation) -> int | None:
    """The cited passage: known when this process made the citation, else by its snippet
    (two passages may share a snippet's first 80 characters)."""
    if cite._passage_id is not None:
        return cite._passage_id
    return engine.knowledge.passage_id_for(cite.source, cite.snippet)
