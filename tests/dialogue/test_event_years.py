"""A year beside an event's name picks that year's notes; a year the notes do not have
is said to be missing, not answered from another year."""

from __future__ import annotations

import re

from bot.turns import DialogueState, TurnInput


def _dated_event(engine):  # type: ignore[no-untyped-def]
    g = engine.gazetteer
    for source, years in sorted(g.years.items()):
        name = g.event_names[source]
        plain = re.sub(r"\b(?:19|20)\d\d\b", " ", name).strip()
        if years and plain and g.events_in(plain):
            return source, plain, years
    raise AssertionError("the fixture notes have no dated event")


def test_a_year_the_notes_do_not_have_is_declined_and_says_what_they_cover(fast_engine) -> None:  # type: ignore[no-untyped-def]
    source, plain, _ = _dated_event(fast_engine)
    missing = max(y for ys in fast_engine.gazetteer.years.values() for y in ys) + 3
    reply = fast_engine.turn(TurnInput(text=f"what did people say at {plain} {missing}?")).reply
    assert not reply.answered
    assert str(missing) in reply.answer
    assert fast_engine.gazetteer.event_names[source] in reply.answer  # what the notes do cover


def test_a_year_the_notes_have_keeps_only_that_years_notes(fast_engine) -> None:  # type: ignore[no-untyped-def]
    source, plain, years = _dated_event(fast_engine)
    year = min(years)
    u = fast_engine.understand(f"what did people say at {plain} {year}?", DialogueState())
    assert source in u.sources and u.absent_event is None
    assert all(year in fast_engine.gazetteer.years_of(s) for s in u.sources)


def test_a_year_that_is_the_subject_not_the_events_leaves_the_event_alone(fast_engine) -> None:  # type: ignore[no-untyped-def]
    source, plain, years = _dated_event(fast_engine)
    other = min(years) - 9
    text = f"how many releases were there in {other}, according to the notes of {plain}?"
    u = fast_engine.understand(text, DialogueState())
    assert source in u.sources and u.absent_event is None
