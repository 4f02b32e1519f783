"""How much of the notes an answer shows around its chosen sentence."""

from __future__ import annotations

from bot.answering.answerer import Candidate
from bot.answering.excerpt import _ASKS_ITSELF, _LEANS_BACK, FOLLOWING, expand
from bot.answering.query import analyse


def test_a_sentence_that_leans_back_brings_the_one_before(engine) -> None:  # type: ignore[no-untyped-def]
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


def test_a_question_the_notes_ask_themselves_comes_with_its_answer(engine) -> None:  # type: ignore[no-untyped-def]
    knowledge = engine.knowledge
    asking = [
        p
        for p in knowledge.passages[:-1]
        if len(p.sentences) > 1
        and _ASKS_ITSELF.fullmatch(p.sentences[-1])
        and not p.parent
        and "\n" not in p.text
        and knowledge.passages[p.id + 1].section_id == p.section_id
        and not knowledge.passages[p.id + 1].parent
        and "\n" not in knowledge.passages[p.id + 1].text
    ]
    assert asking  # "Well, best practice is ... through groups. Why?"
    for p in asking:
        following = [
            s
            for after in knowledge.passages[p.id + 1 : p.id + 1 + FOLLOWING]
            for s in after.sentences
        ]
        best = Candidate(p.id, len(p.sentences) - 2, p.sentences[-2], 0, 0, 0)
        qvec = knowledge.embed(p.sentences[-2])
        shown = expand(knowledge, analyse("why?"), best, qvec)
        assert shown[-3] == p.sentences[-1]  # the question, then two sentences of its answer
        assert all(s.removeprefix("… ") in following for s in shown[-2:])
        assert expand(knowledge, analyse("why?"), best)[-1] == p.sentences[-1]  # no vector: as is
