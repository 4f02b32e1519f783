"""Which talk a message names: a speaker named with a word of their talk's title means
that talk; a run of a long title's words in order names it over a short title that
shares two of them."""

from __future__ import annotations

from bot.dialogue.gazetteer import Gazetteer, TalkRef


def _gazetteer(fast_engine, talks: list[TalkRef]) -> Gazetteer:  # type: ignore[no-untyped-def]
    g = Gazetteer.build(fast_engine.knowledge)
    return Gazetteer(
        g.event_names, g.phrases, g.distinctive, g.speakers, g.people, talks, g.common, g.years
    )


def test_a_named_speaker_with_a_word_of_their_title_means_their_talk(fast_engine) -> None:  # type: ignore[no-untyped-def]
    ours = TalkRef(1, "Thursday Keynote", "a.txt", ("Ana Lima",))
    other = TalkRef(2, "Key note", "b.txt", ("Bo Chan",))
    long = TalkRef(3, "Serverless Patterns in Production", "a.txt", ("Ana Lima",))
    g = _gazetteer(fast_engine, [ours, other, long])
    assert g.talks_in("summarise ana lima's keynote", people=["Ana Lima"])[0] == ours
    assert g.talks_in("summarise the keynote")[0] == other  # no speaker: the title wins
    # one word of a longer title, and no word for a talk: what the question is about
    assert g.talks_in("what did ana lima say about production", people=["Ana Lima"]) == []


def test_a_run_of_a_long_titles_words_beats_a_short_title(fast_engine) -> None:  # type: ignore[no-untyped-def]
    long = TalkRef(1, "Migrate Your Databases with the Database Migration Service", "a.txt", ())
    short = TalkRef(2, "Database Services", "b.txt", ())
    g = _gazetteer(fast_engine, [short, long])
    assert g.talks_in("database migration service session takeaways")[0] == long
    assert g.talks_in("the database services chapter")[0] == short


def test_a_named_speaker_never_means_another_speakers_talk(fast_engine) -> None:  # type: ignore[no-untyped-def]
    other = TalkRef(2, "Key note", "b.txt", ("Bo Chan",))
    theirs = TalkRef(3, "Serverless Patterns in Production", "a.txt", ("Ana Lima",))
    g = _gazetteer(fast_engine, [other, theirs])
    assert g.talks_in("summarise ana lima's keynote", people=["Ana Lima"]) == []
    assert g.talks_in("summarise the keynote")[0] == other
    # ... but her one talk is what "her keynote" was, whatever it is called
    assert g.only_talk("Ana Lima") == theirs
    assert g.only_talk("Ana Lima", sources=["b.txt"]) is None
    assert g.only_talk("Bo Chan") == other


def test_an_events_first_words_name_it_when_no_other_name_starts_so() -> None:
    from bot.dialogue.gazetteer import _add_leading_words

    phrases = {
        ("frontend", "forum", "utrecht"): "Frontend Forum Utrecht 2024",
        ("data", "forum", "oslo"): "Data Forum Oslo 2023",
        ("data", "forum", "bergen"): "Data Forum Bergen 2022",
    }
    _add_leading_words(phrases)
    assert phrases[("frontend", "forum")] == "Frontend Forum Utrecht 2024"
    assert ("data", "forum") not in phrases  # two events start so: it names neither


def test_a_common_word_alone_brings_no_titles_to_weigh(fast_engine) -> None:  # type: ignore[no-untyped-def]
    talks = [TalkRef(i, f"Cloud talk number {i}", "a.txt", ("Ana Lima",)) for i in range(50)]
    talks.append(TalkRef(99, "Cloud cost controls", "b.txt", ("Bo Chan",)))
    g = _gazetteer(fast_engine, talks)
    assert g._title_rows({"cloud", "cost", "control"}, [], set()) == [50]
    assert g.talks_in("what about cloud cost controls") == [talks[-1]]
