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


def test_who_gave_an_untitled_session_says_its_speaker(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from bot.engine import Engine
    from bot.indexing.builder import build
    from bot.sessions.memory import MemorySessionStore
    from bot.settings import Settings
    from bot.turns import TurnInput

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "devdays-2024.md").write_text(
        "# DevDays 2024\n\n"
        "## Ana Lima - @analima\n\n"
        "Quillmart moved the checkout to queues and cut checkout errors by half.\n\n"
        "## Testing in production\n\n"
        "Speaker: Bo Chen\n\n"
        "Feature flags decide who sees a change first.\n"
    )
    settings = Settings(
        corpus_dir=corpus, index_dir=tmp_path / "index", embed_backend="hash", _env_file=None
    )
    build(settings, progress=False)
    engine = Engine.load(settings, MemorySessionStore(60))
    untitled = [s for s in engine.knowledge.sections.values() if s.is_talk and not s.title]
    assert untitled and untitled[0].speakers == ["Ana Lima"]
    first = engine.turn(TurnInput(text="how much did quillmart cut checkout errors?"))
    assert "Ana Lima" in first.reply.answer or first.reply.citations[0].speaker == "Ana Lima"
    u = engine.understand("who gave that talk?", first.state)
    assert u.talk is not None and u.talk.section_id == untitled[0].id  # the talk it came from
    sid = first.reply.session_id
    who = engine.turn(TurnInput(text="who gave that talk?", session_id=sid)).reply
    assert who.answered and "Ana Lima" in who.answer and "Bo Chen" not in who.answer


def test_a_person_with_one_talk_is_shown_with_its_key_points(fast_engine) -> None:  # type: ignore[no-untyped-def]
    k = fast_engine.knowledge
    given: dict[str, list[int]] = {}
    for s in k.sections.values():
        if s.is_talk:
            for name in s.speakers:
                given.setdefault(name, []).append(s.id)
    one = next(n for n, ids in sorted(given.items()) if len(ids) == 1)
    several = next((n for n, ids in sorted(given.items()) if len(ids) > 1), None)
    for intent in (Intent.SPEAKER_INFO, Intent.LIST_TALKS):
        u = fast_engine.understand(f"who is {one}", DialogueState())
        u.intent, u.speaker = intent, one
        reply = fast_engine.policy.act(u).reply
        assert "Key points:" in reply.answer
        talk = k.sections[given[one][0]]
        titled = [c for c in reply.citations if c.section == talk.title]
        assert len(titled) >= 2  # the talk listed, and a point from it
    if several:
        u = fast_engine.understand(f"who is {several}", DialogueState())
        u.intent, u.speaker = Intent.LIST_TALKS, several
        assert "Key points:" not in fast_engine.policy.act(u).reply.answer
