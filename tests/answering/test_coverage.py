"""How much of a question a sentence covers, and which words a filter makes uninformative."""

from __future__ import annotations

from bot.answering.answerer import _coverage
from bot.retrieval.hybrid import Filters
from bot.text import stem


def test_a_speakers_name_is_covered_by_every_sentence_of_their_talk() -> None:
    weights = [("adrian", 3.0), ("availability", 2.0)]
    said = {"system", "availability", "mtbf"}
    naming = {"adrian", "went", "demonstrate"}
    speakers = frozenset({"adrian", "hornsby"})
    assert _coverage(weights, said, set(), speakers) == 1.0
    assert _coverage(weights, naming, set(), speakers) == 0.6  # the name alone: 3 of 5
    assert _coverage(weights, said, set()) == 0.4  # outside a talk the name must be there


def test_context_words_count_for_less_than_the_sentences_own() -> None:
    weights = [("lambda", 1.0)]
    assert _coverage(weights, {"lambda"}, set()) == 1.0
    assert _coverage(weights, set(), {"lambda"}) == 0.6
    assert _coverage([], {"lambda"}, set()) == 0.0


def test_a_talk_filter_makes_its_title_and_speakers_uninformative(engine) -> None:  # type: ignore[no-untyped-def]
    knowledge = engine.knowledge
    section = next(s for s in knowledge.sections.values() if s.speakers and s.title)
    words = knowledge._filter_words(Filters(section_ids=frozenset({section.id})))
    assert stem(section.speakers[0].split()[-1].lower()) in words
    assert knowledge._filter_words(Filters()) == set()


def test_a_sentence_that_leans_back_brings_the_one_before(engine) -> None:  # type: ignore[no-untyped-def]
    from bot.answering.answerer import _LEANS_BACK, Candidate, expand
    from bot.answering.query import analyse

    knowledge = engine.knowledge
    leaning = [
        p
        for p in knowledge.passages[1:]
        if not p.parent
        and "\n" not in p.text
        and _LEANS_BACK.match(p.sentences[0])
        and knowledge.passages[p.id - 1].section_id == p.section_id
        and not knowledge.passages[p.id - 1].parent
        and "\n" not in knowledge.passages[p.id - 1].text
        and not p.sentences[-1].rstrip().endswith(":")
    ]
    assert leaning  # the notes have such sentences ("So, we could...", "This means...")
    for p in leaning[:5]:
        shown = expand(knowledge, analyse("what?"), Candidate(p.id, 0, p.sentences[0], 0, 0, 0))
        assert shown[0] == knowledge.passages[p.id - 1].sentences[-1]
        assert shown[1] == p.sentences[0]
