"""A speaker's handle from their talk's heading, a person the notes only mention asked
for their talk, a courtesy before a question, and a name the notes write as one word."""

from __future__ import annotations

from bot.turns import DialogueState, TurnInput


def _reply(engine, text: str):  # type: ignore[no-untyped-def]
    return engine.turn(TurnInput(text=text, state=DialogueState())).reply


def test_a_speakers_handle_comes_from_their_talks_heading(fast_engine) -> None:  # type: ignore[no-untyped-def]
    k = fast_engine.knowledge
    talk = next(s for s in k.sections.values() if s.is_talk and len(s.speakers) == 1 and s.handles)
    reply = _reply(fast_engine, f"what's {talk.speakers[0]}'s twitter handle?")
    handle = talk.handles[0].lstrip("@")
    assert reply.answered and f"@{handle}" in reply.answer
    assert any(c.source == talk.source for c in reply.citations)


def test_a_person_the_notes_only_mention_gave_no_talk(fast_engine) -> None:  # type: ignore[no-untyped-def]
    k = fast_engine.knowledge
    mentioned = [p for p, speaks in k.people.items() if not speaks and len(p.split()) >= 2]
    assert mentioned, "the fixture notes mention people who do not speak"
    found = None
    for name in mentioned:
        u = fast_engine.understand(f"what did {name} present?", DialogueState())
        if u.speaker == name:
            found = name
            break
    assert found is not None
    reply = _reply(fast_engine, f"what did {found} present?")
    assert not reply.answered and f"no talk by {found}" in reply.answer
    speaker = next(p for p, speaks in k.people.items() if speaks)  # a speaker still gets a profile
    assert _reply(fast_engine, f"what did {speaker} present?").answered


def test_a_courtesy_before_a_question_is_not_what_it_asks_about(fast_engine) -> None:  # type: ignore[no-untyped-def]
    state = DialogueState()
    plain = fast_engine.understand("which checkpoint interval did they use?", state)
    polite = fast_engine.understand("thanks - which checkpoint interval did they use?", state)
    assert plain.question is not None and polite.question is not None
    assert polite.question.words == plain.question.words
    assert "thanks" not in polite.question.words


def test_two_words_the_notes_write_as_one_are_searched_as_the_notes_write_them(
    fast_engine,  # type: ignore[no-untyped-def]
) -> None:
    k = fast_engine.knowledge
    from bot.text import stem, tokens

    word = next(
        w
        for p in k.passages
        for w in tokens(p.text)
        if w.isalpha() and len(w) >= 10 and k.known(stem(w))
    )
    left, right = word[: len(word) // 2], word[len(word) // 2 :]
    text = f"what about {left} {right}?"
    assert k.glued([left, right, "limits"], text) == [word, "limits"]
    assert k.glued([left, right], f"{left} and {right}") == [left, right]  # not side by side
    long_words = [w for p in k.passages for w in tokens(p.text) if w.isalpha() and len(w) >= 6]
    a, b = next(
        (a, b)
        for a in long_words
        for b in long_words[:200]
        if not k.known(stem(a + b)) and k.known(stem(a)) and k.known(stem(b))
    )
    joined = k.glued([a + b], a + b)  # one word the notes only write as two
    assert len(joined) == 2 and "".join(joined) == a + b
    assert all(k.known(stem(part)) for part in joined)


def test_a_courtesy_clause_is_small_talk_before_a_stop_or_a_dash() -> None:
    from bot.dialogue.wording import without_courtesy

    chat = frozenset({"ok", "thank", "cool"})
    assert without_courtesy("cool, what about the limit?", chat) == "what about the limit?"
    assert without_courtesy("thanks - which file?", chat) == "which file?"
    assert without_courtesy("what is it, and how?", chat) == "what is it, and how?"  # no courtesy
    assert without_courtesy("lambda, what limit?", chat) == "lambda, what limit?"  # a subject
    assert without_courtesy("ok.", chat) == "ok."  # nothing after it to ask
