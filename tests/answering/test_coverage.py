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
