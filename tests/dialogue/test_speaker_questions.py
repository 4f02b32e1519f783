"""A question about a speaker that asks for more than who they are ("what did X say about
Y?") is answered from the notes, keeps the intent it was read as, and is remembered as a
question a follow-up can lean on."""

from __future__ import annotations

from bot.dialogue import memory
from bot.schemas import Intent
from bot.turns import DialogueState


def test_a_speaker_question_with_words_of_its_own_is_answered_from_their_notes(fast_engine) -> None:  # type: ignore[no-untyped-def]
    k = fast_engine.knowledge
    talk = next(s for s in k.sections.values() if s.is_talk and s.speakers)
    passage = next(p for p in k.passages if p.section_id == talk.id and len(p.text.split()) > 8)
    topic = max((w for w in passage.text.split() if w.isalpha()), key=len).lower()
    u = fast_engine.understand(f"what did {talk.speakers[0]} say about {topic}", DialogueState())
    u.intent = Intent.SPEAKER_INFO
    assert u.question is not None and u.question.words
    outcome = fast_engine.policy.act(u)
    assert outcome.answer is not None  # searched the notes, not a profile
    assert outcome.reply.intent == Intent.SPEAKER_INFO
    state = DialogueState()
    memory.remember(k, state, u, outcome, "said", 10)
    assert bool(state.frames) == outcome.reply.answered  # an answered question leaves a frame


def test_who_a_speaker_is_stays_a_profile(fast_engine) -> None:  # type: ignore[no-untyped-def]
    k = fast_engine.knowledge
    talk = next(s for s in k.sections.values() if s.is_talk and s.speakers)
    u = fast_engine.understand(f"who is {talk.speakers[0]}", DialogueState())
    u.intent = Intent.SPEAKER_INFO
    outcome = fast_engine.policy.act(u)
    assert outcome.answer is None and talk.speakers[0] in outcome.reply.answer
