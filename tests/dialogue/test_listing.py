"""A listing keeps every filter a message names: the event, the speaker and the topic
("which talks at X were about Y" is not every talk at X); a place or date asked of
"that" after a listing of one talk is that talk's event."""

from __future__ import annotations

from bot.schemas import Intent
from bot.text import stem, tokens
from bot.turns import DialogueState, TurnInput


def _event_and_topic(engine):  # type: ignore[no-untyped-def]
    """An event with several talks and a known place or date, one of its talks, and a
    word only that talk's passages use."""
    from bot.answering.metadata import where_when

    k = engine.knowledge
    by_source: dict[str, list] = {}  # type: ignore[type-arg]
    for t in engine.gazetteer.talks:
        if where_when(k, t.source).answered:
            by_source.setdefault(t.source, []).append(t)
    source, talks = max(by_source.items(), key=lambda kv: len(kv[1]))
    words = {t.section_id: set() for t in talks}  # type: ignore[var-annotated]
    for p in k.passages:
        if p.section_id in words:
            words[p.section_id] |= {w for w in tokens(p.text) if w.isalpha() and len(w) > 6}
    for talk in talks:
        others = set().union(*(w for s, w in words.items() if s != talk.section_id))
        own = sorted(words[talk.section_id] - others, key=lambda w: -k.term_idf(stem(w)))
        if own:
            return k.documents[source].conference, talks, talk, own[0]
    raise AssertionError("no talk with a word of its own")


def test_a_listing_at_an_event_keeps_to_the_topic_asked(engine) -> None:  # type: ignore[no-untyped-def]
    event, talks, talk, word = _event_and_topic(engine)
    text = f"which talks at {event} were about {word}"
    u = engine.understand(text, DialogueState(), TurnInput(text=text, intent="list_talks"))
    assert u.intent == Intent.LIST_TALKS and u.sources
    reply = engine.policy.act(u).reply
    assert talk.title in reply.answer
    assert sum(t.title in reply.answer for t in talks) < len(talks)


def test_where_was_that_after_a_listing_of_one_talk_is_its_event(engine) -> None:  # type: ignore[no-untyped-def]
    event, _talks, talk, word = _event_and_topic(engine)
    text = f"which talks at {event} were about {word}"
    state = engine.turn(TurnInput(text=text, state=DialogueState(), intent="list_talks")).state
    follow = engine.turn(TurnInput(text="where was that?", state=state)).reply
    assert follow.answered and event in follow.answer
    assert follow.citations and follow.citations[0].source == talk.source
