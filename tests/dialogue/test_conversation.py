"""Conversations on the fast tier (fixture notes, hash embedder): references, ellipsis,
lists and slots resolve against the session, whatever the answer's quality."""

from __future__ import annotations

from bot.dialogue.gazetteer import talk_key
from bot.turns import DialogueState, TurnInput


def talk(engine, text: str, state: DialogueState):  # type: ignore[no-untyped-def]
    result = engine.turn(TurnInput(text=text, state=state))
    return result.reply, result.state


def test_a_listing_without_an_event_asks_which_one_with_buttons(fast_engine) -> None:  # type: ignore[no-untyped-def]
    reply, state = talk(fast_engine, "list the talks", DialogueState())
    assert reply.intent == "list_talks" and not reply.answered
    assert state.pending_slot == "conference"
    events = [b.value for b in reply.buttons]
    assert len(events) == len(set(events)) >= 10 and "unknown event" not in events
    reply, state = talk(fast_engine, events[0], state)
    assert reply.intent == "list_talks" and reply.answered and events[0] in reply.answer
    assert len(reply.citations) == len(state.listed) >= 1


def test_the_second_one_after_a_list_is_the_second_talk_listed(fast_engine) -> None:  # type: ignore[no-untyped-def]
    reply, state = talk(fast_engine, "which talks were at pycon us 2022?", DialogueState())
    second = state.listed[1]
    reply, state = talk(fast_engine, "who gave the second one?", state)
    assert "Dmitri V. Petrov" in reply.answer and "Aditi Deshpande" in reply.answer
    cited = fast_engine.knowledge.passages[reply.citations[0]._passage_id]
    assert second == talk_key(fast_engine.knowledge, cited.section_id)


def test_he_and_she_resolve_to_the_last_person(fast_engine) -> None:  # type: ignore[no-untyped-def]
    state = DialogueState()
    _, state = talk(fast_engine, "who is Henrik Lindqvist?", state)
    u = fast_engine.understand("what did he say about task groups?", state)
    assert u.speaker == "Henrik Lindqvist" and u.refers_to["person"] == "Henrik Lindqvist"
    assert u.question is not None and u.question.scope.speaker == "Henrik Lindqvist"


def test_an_event_switch_keeps_the_question_and_changes_the_event(fast_engine) -> None:  # type: ignore[no-untyped-def]
    state = DialogueState()
    _, state = talk(
        fast_engine, "what did they say about chaos engineering at qcon london 2020?", state
    )
    assert state.frames and state.frames[-1].subject == ["chaos", "engineering"]
    u = fast_engine.understand("and at strange loop 2019?", state)
    assert u.intent == "ask_question"
    assert u.question is not None and set(u.question.words) >= {"chaos", "engineering"}
    assert {fast_engine.knowledge.documents[s].conference for s in u.sources} == {
        "Strange Loop 2019"
    }


def test_tell_me_more_moves_past_what_was_shown(fast_engine) -> None:  # type: ignore[no-untyped-def]
    state = DialogueState()
    reply, state = talk(fast_engine, "what is a data contract?", state)
    assert reply.answered
    first = {c._passage_id for c in reply.citations}
    more, state = talk(fast_engine, "tell me more", state)
    assert not first & {c._passage_id for c in more.citations}


def test_who_gave_it_after_a_summary_names_the_talks_speakers(fast_engine) -> None:  # type: ignore[no-untyped-def]
    state = DialogueState()
    reply, state = talk(
        fast_engine, "summarise the talk Structured concurrency with Trio and AnyIO", state
    )
    assert reply.intent == "summarize_talk" and reply.answered
    reply, state = talk(fast_engine, "who gave it?", state)
    assert "Henrik Lindqvist" in reply.answer
    assert state.history[-1].understood


def test_reset_forgets_the_conversation(fast_engine) -> None:  # type: ignore[no-untyped-def]
    state = DialogueState()
    _, state = talk(fast_engine, "who is Henrik Lindqvist?", state)
    reply, state = talk(fast_engine, "start over", state)
    assert reply.intent == "reset" and not state.entities and not state.frames


def test_a_short_turn_that_names_nothing_looks_in_the_last_talk_first(fast_engine) -> None:  # type: ignore[no-untyped-def]
    state = DialogueState()
    _, state = talk(
        fast_engine, "what did they say about chaos engineering at qcon london 2020?", state
    )
    assert state.frames and state.frames[-1].talks
    u = fast_engine.understand("how long did the outage last?", state)
    assert u.question is not None and u.question.scope.prefer
    assert u.question.scope.sources is None  # soft: the other notes are searched next
    keys = {talk_key(fast_engine.knowledge, s) for s in u.question.scope.prefer}
    assert keys == set(state.frames[-1].talks)
    long = "how long did the outage last before the on-call engineers found the cause?"
    u = fast_engine.understand(long, state)  # a full question stands on its own
    assert u.question is not None and not u.question.scope.prefer


def _speaker_and_two_events(knowledge) -> tuple[str, str, str]:  # type: ignore[no-untyped-def]
    """A speaker, an event they spoke at and another event."""
    section = next(s for s in knowledge.sections.values() if s.speakers and s.source)
    first = knowledge.documents[section.source].conference
    other = next(d.conference for d in knowledge.documents.values() if d.conference != first)
    return section.speakers[0], first, other


def test_the_same_listing_at_another_event_keeps_the_person(fast_engine) -> None:  # type: ignore[no-untyped-def]
    name, first, second = _speaker_and_two_events(fast_engine.knowledge)
    # the intent as a channel that classifies for itself (Lex) sends it: the hash
    # embedder's intent model is not what is under test here
    state = DialogueState()
    asked = TurnInput(text=f"which talks did {name} give at {first}?", state=state)
    reply = fast_engine.turn(asked.model_copy(update={"intent": "list_talks"})).reply
    assert reply.intent == "list_talks" and reply.slots.get("speaker") == name
    result = fast_engine.turn(TurnInput(text=f"and at {second}?", state=state, intent="list_talks"))
    reply = result.reply
    assert reply.slots.get("speaker") == name
    assert reply.slots.get("conference") == second


def test_the_person_asked_after_outranks_people_the_answer_names(fast_engine) -> None:  # type: ignore[no-untyped-def]
    name, first, _ = _speaker_and_two_events(fast_engine.knowledge)
    _, state = talk(fast_engine, f"what did {name} talk about at {first}?", DialogueState())
    person = next(e for e in reversed(state.entities) if e.kind == "person")
    assert person.value == name


def test_someone_the_notes_only_mention_is_looked_for_where_they_are_named(fast_engine) -> None:  # type: ignore[no-untyped-def]
    k = fast_engine.knowledge
    name = next(n for n, speaks in sorted(k.people.items()) if not speaks and k.mentions(n))
    u = fast_engine.understand(f"what did {name} do?", DialogueState())
    assert u.question is not None and set(u.question.words) & set(name.lower().split())
    answer = fast_engine.answerer.answer(u.question)
    assert all(name in k.passages[p.passage_id].text for p in answer.points[:1])


def test_a_session_code_names_the_talk_and_is_not_a_word_to_look_for(fast_engine) -> None:  # type: ignore[no-untyped-def]
    talk = next(t for t in fast_engine.gazetteer.talks if t.code and "-" in t.code)
    text = f"who spoke at {talk.code}?"  # the intent as Lex would send it: not under test
    u = fast_engine.understand(text, DialogueState(), TurnInput(text=text, intent="ask_question"))
    assert u.talk is not None and u.talk.section_id == talk.section_id
    assert u.question is not None
    assert not set(u.question.words) & {w.lower() for w in talk.code.split("-")}


def test_an_unsure_listing_that_leans_on_the_last_answer_goes_on_asking(
    fast_engine, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    state = DialogueState()
    result = fast_engine.turn(
        TurnInput(text="what is a data contract?", state=state, intent="ask_question")
    )
    state = result.state
    assert state.frames, "the first question was answered"
    unsure = {"list_talks": 0.5, "ask_question": 0.4, "help": 0.1}
    monkeypatch.setattr(fast_engine.understander, "classify", lambda *args: dict(unsure))
    assert fast_engine.understand("and is that per team?", state).intent == "ask_question"
    sure = {"list_talks": 0.97, "ask_question": 0.03}
    monkeypatch.setattr(fast_engine.understander, "classify", lambda *args: dict(sure))
    # sure of a listing: it stays one when it asks for talks, and goes on asking when it
    # names no talk at all ("and docker?" after a question is the same question)
    assert fast_engine.understand("and which talks were on that?", state).intent == "list_talks"
    assert fast_engine.understand("and is that per team?", state).intent == "ask_question"


def test_a_message_that_leans_on_the_last_answer_never_ends_or_forgets_the_conversation(
    fast_engine, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    state = fast_engine.turn(
        TurnInput(text="what is a data contract?", state=DialogueState(), intent="ask_question")
    ).state
    assert state.frames, "the first question was answered"
    for closing in ("reset", "goodbye"):
        sure = {closing: 0.95, "ask_question": 0.05}
        monkeypatch.setattr(fast_engine.understander, "classify", lambda *a, p=sure: dict(p))
        assert fast_engine.understand("and the other one?", state).intent == "ask_question"
        assert fast_engine.understand("when?", state).intent == "ask_question"
        # said plainly, it is taken as said; and before any question nothing leans
        assert fast_engine.understand("start over please", state).intent == closing
        assert fast_engine.understand("and the other one?", DialogueState()).intent == closing
    thanks = {"thanks": 0.95, "ask_question": 0.05}
    monkeypatch.setattr(fast_engine.understander, "classify", lambda *a: dict(thanks))
    assert fast_engine.understand("and thanks!", state).intent == "thanks"  # a courtesy


def test_an_unsure_ending_mid_conversation_is_read_as_a_question(fast_engine, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    state = fast_engine.turn(
        TurnInput(text="what is a data contract?", state=DialogueState(), intent="ask_question")
    ).state
    unsure = {"reset": 0.6, "goodbye": 0.2, "ask_question": 0.2}
    monkeypatch.setattr(fast_engine.understander, "classify", lambda *a: dict(unsure))
    assert fast_engine.understand("where was the last one", state).intent == "ask_question"
    assert fast_engine.understand("where was the last one", DialogueState()).intent == "reset"


def _asked(engine, text: str, state: DialogueState):  # type: ignore[no-untyped-def]
    """The turn understood as a question, whatever the intent model makes of it."""
    vector = engine.knowledge.embed(text)
    turn = TurnInput(text=text, state=state, intent="ask_question")
    return engine.understander.understand(text, vector, turn, state)


def test_a_question_of_one_word_asks_the_last_question_of_it(fast_engine) -> None:  # type: ignore[no-untyped-def]
    state = DialogueState()
    _, state = talk(
        fast_engine, "what did they say about chaos engineering at qcon london 2020?", state
    )
    u = _asked(fast_engine, "latency?", state)
    assert u.frame is state.frames[-1] and u.sources == list(state.frames[-1].sources)
    assert _asked(fast_engine, "latency budgets?", state).frame is None  # a question of its own


def test_he_after_his_talk_at_one_event_asks_that_events_notes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from bot.engine import Engine
    from bot.indexing.builder import build
    from bot.sessions.memory import MemorySessionStore
    from bot.settings import Settings

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for event, title, line in (
        ("QueueConf 2023", "Chaos for queues", "He broke brokers with Toxiproxy on stage."),
        ("StreamDays 2024", "Streams at scale", "He sharded streams by customer id."),
    ):
        (corpus / f"{event.lower().replace(' ', '-')}.md").write_text(
            f"# {event}\n\n## {title}\n\nSpeaker: Ana Lima\n\n{line}\n"
        )
    settings = Settings(
        corpus_dir=corpus, index_dir=tmp_path / "index", embed_backend="hash", _env_file=None
    )
    build(settings, progress=False)
    engine = Engine.load(settings, MemorySessionStore(60))
    first = engine.turn(TurnInput(text="who gave chaos for queues at queueconf?"))
    assert "Ana Lima" in first.reply.answer
    u = _asked(engine, "what tools did she use", first.state)
    assert u.speaker == "Ana Lima" and u.sources == ["queueconf-2023.md"]
    other = _asked(engine, "what did she say at streamdays", first.state)
    assert other.sources == ["streamdays-2024.md"]  # a named event still wins


def test_who_spoke_on_a_topic_finds_the_talk_that_was_on_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from bot.engine import Engine
    from bot.indexing.builder import build
    from bot.sessions.memory import MemorySessionStore
    from bot.settings import Settings

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "devdays-2024.md").write_text(
        "# DevDays 2024\n\n## Is TDD dead?\n\nPanel: Ana Lima, Bo Chen\n\n"
        "- TDD stays the default for domain logic.\n- Tests at the API boundary survive.\n\n"
        "## Pricing experiments\n\nSpeaker: Cy Park\n\n- Test on new signups by region.\n"
    )
    settings = Settings(
        corpus_dir=corpus, index_dir=tmp_path / "index", embed_backend="hash", _env_file=None
    )
    build(settings, progress=False)
    engine = Engine.load(settings, MemorySessionStore(60))
    for intent in ("speaker_info", "ask_question"):  # however the intent model reads it
        text = "who was on the tdd panel?"
        vector = engine.knowledge.embed(text)
        turn = TurnInput(text=text, state=DialogueState(), intent=intent)
        u = engine.understander.understand(text, vector, turn, DialogueState())
        assert u.talk is not None and u.talk.title == "Is TDD dead?"
        assert u.intent == "ask_question" and u.asks_who_gave


def test_a_question_that_only_names_a_talk_asks_for_all_of_it(fast_engine) -> None:  # type: ignore[no-untyped-def]
    talk_ = next(t for t in fast_engine.gazetteer.talks if len(t.title.split()) >= 3)
    rundown = _asked(fast_engine, f"rundown of {talk_.title.lower()}", DialogueState())
    assert rundown.talk == talk_ and rundown.intent == "summarize_talk"
    who = _asked(fast_engine, f"who gave {talk_.title.lower()}", DialogueState())
    assert who.intent == "ask_question"  # it asks something of the talk
