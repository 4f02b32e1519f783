"""Answers about who gave what: a speaker asked about at an event where they gave nothing."""

from __future__ import annotations

from bot.answering import metadata


def _speaker_and_other_event(knowledge):  # type: ignore[no-untyped-def]
    talks = metadata.talks(knowledge)
    for talk in talks:
        for name in talk.speakers:
            theirs = {t.source for t in talks if name in t.speakers}
            others = [s for s in knowledge.documents if s not in theirs]
            if others:
                return name, theirs, others[0]
    raise AssertionError("the fixture notes have no speaker missing from some event")


def test_a_speaker_asked_about_at_an_event_they_did_not_speak_at_is_declined_with_where_they_did(
    fast_engine,
) -> None:  # type: ignore[no-untyped-def]
    knowledge = fast_engine.knowledge
    name, theirs, other = _speaker_and_other_event(knowledge)
    reply = metadata.speaker_profile(knowledge, name, [other])
    assert not reply.answered
    assert knowledge.documents[other].conference in reply.text
    assert {c.source for c in reply.citations} <= theirs and reply.citations
    everywhere = metadata.speaker_profile(knowledge, name)
    assert everywhere.answered and name in everywhere.text


def test_a_speaker_asked_about_at_their_own_event_gets_only_that_events_talks(fast_engine) -> None:  # type: ignore[no-untyped-def]
    knowledge = fast_engine.knowledge
    name, theirs, _ = _speaker_and_other_event(knowledge)
    source = sorted(theirs)[0]
    reply = metadata.speaker_profile(knowledge, name, [source])
    assert reply.answered
    assert all(knowledge.sections[s].source == source for s in reply.listed)


def test_where_and_when_reads_as_a_sentence_with_the_month_written_out(fast_engine) -> None:  # type: ignore[no-untyped-def]
    k = fast_engine.knowledge
    dated = [s for s in k.documents if k.when(s)]
    assert dated, "the fixture notes have a dated event"
    reply = metadata.where_when(k, dated[0])
    doc = k.documents[dated[0]]
    assert reply.text.startswith(f"{doc.conference} was ")
    assert ", on" not in reply.text or (doc.venue or doc.city)  # "X was, on ..." never
    month = k.when(dated[0]).split()[1]
    assert len(month) > 3 or month == "May"  # "February", not "Feb"
    assert reply.citations
