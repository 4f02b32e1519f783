"""What a turn leaves in session memory: slots, entities from the question and the
answer, the question's frame, what was cited and listed, and a capped history."""

from __future__ import annotations

import time

from bot.dialogue import followups
from bot.dialogue.gazetteer import talk_key
from bot.dialogue.policy import Outcome
from bot.dialogue.understanding import Understanding, ref
from bot.retrieval.knowledge import Knowledge
from bot.schemas import QUIET, Intent
from bot.turns import DialogueState, Entity, Frame, HistoryTurn, pack

ENTITIES = 24
FRAMES = 6
SHOWN = 50


def _add(state: DialogueState, entity: Entity) -> None:
    state.entities = [e for e in state.entities if (e.kind, e.value) != (entity.kind, entity.value)]
    state.entities.append(entity)
    state.entities = state.entities[-ENTITIES:]


def remember(
    knowledge: Knowledge,
    state: DialogueState,
    u: Understanding,
    outcome: Outcome,
    said: str,
    history_turns: int,
) -> None:
    reply = outcome.reply
    state.turn += 1
    turn = state.turn
    if reply.intent == Intent.RESET:
        return
    if reply.intent not in QUIET:
        for slot in ("conference", "speaker", "talk", "topic"):
            if reply.slots.get(slot):
                setattr(state, slot, reply.slots[slot])
        for source in u.sources:
            _add(
                state,
                Entity(
                    kind="event",
                    value=knowledge.documents[source].conference,
                    ref=source,
                    turn=turn,
                ),
            )
        if not u.asks_where_when:  # an event's place and date cite it, not one of its talks
            _from_answer(knowledge, state, reply.citations, turn)
        # what the person asked about is more salient than what the answer happened to
        # name, so it goes last: "he" next turn is the speaker they asked after
        if u.talk is not None:
            _add(state, Entity(kind="talk", value=u.talk.title, ref=ref(u.talk), turn=turn))
        if u.speaker:
            _add(state, Entity(kind="person", value=u.speaker, turn=turn))
        person = next((e for e in reversed(state.entities) if e.kind == "person"), None)
        if reply.answered and person is not None and not reply.slots.get("speaker"):
            state.speaker = person.value  # who the conversation is about now
        if outcome.listed:
            state.listed = outcome.listed
        items = followups.listed_items(outcome.answer.points) if outcome.answer else []
        if items and reply.answered:
            state.items = items
        cited = [c._passage_id for c in reply.citations if c._passage_id is not None]
        if cited:
            state.cited = [knowledge.passage_key(pid) for pid in cited]
            state.shown = list(dict.fromkeys(state.shown + state.cited))[-SHOWN:]
        q = u.question
        searched = outcome.answer is not None or reply.intent in (Intent.ASK, Intent.SUMMARIZE)
        if q is not None and reply.answered and searched:  # a question the notes answered
            talks = list(dict.fromkeys(
                talk_key(knowledge, knowledge.passages[pid].section_id)
                for pid in cited
            ))  # fmt: skip
            state.frames.append(
                Frame(
                    turn=turn,
                    question=q.text,
                    subject=list(q.words),
                    sources=sorted(q.scope.sources or []),
                    talks=talks,
                    kind=q.kind,
                    expects=q.expects,
                    vector=pack(q.vector),
                )
            )
            state.frames = state.frames[-FRAMES:]
            state.last_question = q.text
    state.last_intent = reply.intent
    state.history.append(
        HistoryTurn(
            user=said,
            bot=reply.answer,
            intent=reply.intent,
            answered=reply.answered,
            citations=reply.citations,
            buttons=reply.buttons,
            understood=u.understood,
        )
    )
    state.history = state.history[-history_turns:]
    state.updated_at = time.time()


def _from_answer(knowledge: Knowledge, state: DialogueState, citations: list, turn: int) -> None:  # type: ignore[type-arg]
    """The talk, its speakers and the people and firms the first cited passage names."""
    for cite in citations[:1]:
        pid = cite._passage_id
        if pid is None:
            continue
        passage = knowledge.passages[pid]
        section = knowledge.sections[passage.section_id]
        if section.is_talk and (section.title or section.speakers):
            key = talk_key(knowledge, section.id)
            value = section.title or f"the session by {', '.join(section.speakers)}"
            _add(state, Entity(kind="talk", value=value, ref=key, turn=turn))
        for name in knowledge.people:
            if name in passage.text and name not in section.speakers:
                _add(state, Entity(kind="person", value=name, turn=turn))
        for org in knowledge.orgs_in(pid):
            _add(state, Entity(kind="org", value=org, turn=turn))
        for name in reversed(section.speakers):
            _add(state, Entity(kind="person", value=name, turn=turn))
