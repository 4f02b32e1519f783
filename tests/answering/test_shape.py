"""Shaping an answer from ranked sentences: what completes a sentence, the whole list of
an item, key points that do not repeat, one point per thing compared."""

from __future__ import annotations

import numpy as np

from bot.answering.features import Candidates
from bot.answering.shape import broad, compare, expand, runner_up


def _pid(knowledge, needle: str) -> int:  # type: ignore[no-untyped-def]
    return next(p.id for p in knowledge.passages if needle in p.text)


def test_a_list_item_is_shown_with_its_lead_in_and_the_rest_of_its_list(fast_engine) -> None:  # type: ignore[no-untyped-def]
    k = fast_engine.knowledge
    pid = next(p.id for p in k.passages if p.parent and p.parent.endswith(":"))
    point = expand(k, pid, 0)
    siblings = k.items_under(pid, k.passages[pid].parent)
    assert point.lead == k.passages[pid].parent
    assert point.sentences == siblings and len(siblings) >= 2
    assert point.sentences[point.focus] == k.passages[pid].sentences[0]


def test_a_sentence_that_leans_on_the_one_before_brings_it(fast_engine) -> None:  # type: ignore[no-untyped-def]
    k = fast_engine.knowledge
    for p in k.passages:
        leaning = [
            i
            for i, s in enumerate(p.sentences)
            if i and s.split()[0].lower() in ("it", "this", "they")
        ]
        if leaning and not p.parent:
            point = expand(k, p.id, leaning[0])
            assert p.sentences[leaning[0] - 1] in point.sentences
            return
    raise AssertionError("the fixture notes have no leaning sentence")


def test_fill_takes_the_rest_of_a_short_passage_and_stops_at_the_budget(fast_engine) -> None:  # type: ignore[no-untyped-def]
    k = fast_engine.knowledge
    p = next(p for p in k.passages if len(p.sentences) >= 2 and not p.parent
             and not any(s.rstrip().endswith(":") for s in p.sentences))  # fmt: skip
    filled = expand(k, p.id, 0, fill=500).sentences
    start = filled.index(p.sentences[0])
    assert filled[start : start + len(p.sentences)] == p.sentences
    alone = expand(k, p.id, 0, fill=1)
    assert alone.sentences[alone.focus] == p.sentences[0]


def test_fill_goes_on_into_the_passages_of_the_same_talk_and_no_further(fast_engine) -> None:  # type: ignore[no-untyped-def]
    """Passages are cut by size, so a short answer is topped up from the passages either
    side in its own talk; never from another talk."""
    k = fast_engine.knowledge
    same = [
        p for p in k.passages[1:-1]
        if not p.parent and k.passages[p.id + 1].section_id == p.section_id
        and k.passages[p.id - 1].section_id == p.section_id
        and not any(s.rstrip().endswith(":") for s in p.sentences)
    ]  # fmt: skip
    assert same, "the fixture notes have no passage inside a talk"
    p = same[0]
    point = expand(k, p.id, 0, fill=500)
    own = {s for q in k.passages if q.section_id == p.section_id for s in q.sentences}
    assert len(point.sentences) > len(p.sentences)
    assert set(point.sentences) <= own
    assert point.sentences[point.focus] == p.sentences[0]
    assert sum(len(s.split()) for s in point.sentences) <= 500


def _cands(k, pids: list[int]) -> Candidates:  # type: ignore[no-untyped-def]
    rows = [(pid, i) for pid in pids for i in range(len(k.passages[pid].sentences))]
    return Candidates([r[0] for r in rows], [r[1] for r in rows], np.zeros((len(rows), 1)))


def test_broad_points_come_from_different_passages_best_first(fast_engine) -> None:  # type: ignore[no-untyped-def]
    k = fast_engine.knowledge
    pids = [p.id for p in k.passages if p.source.endswith("day2-notes.md")][:6]
    cands = _cands(k, pids)
    scores = np.linspace(1.0, 0.0, len(cands))
    points = broad(k, cands, scores, floor=-1.0)
    assert 2 <= len(points) <= 5
    assert len({p.passage_id for p in points}) == len(points)
    assert [p.score for p in points] == sorted((p.score for p in points), reverse=True)


def test_a_comparison_says_which_thing_the_notes_do_not_describe(fast_engine) -> None:  # type: ignore[no-untyped-def]
    k = fast_engine.knowledge
    pid = _pid(k, "mypy")
    cands = _cands(k, [pid])
    points, missing = compare(k, cands, np.ones(len(cands)), ("mypy", "zzqxw"))
    assert points and any("mypy" in s.lower() for s in points[0].sentences)
    assert missing == ["zzqxw"]
    # a thing is found by the words that tell it apart, not every word it was asked with
    points, missing = compare(k, cands, np.ones(len(cands)), ("mypy zzqxw runs", "zzqxw runs"))
    assert missing == ["zzqxw runs"] and any("mypy" in s.lower() for s in points[0].sentences)


def test_a_point_that_stops_on_a_lead_in_goes_on_to_its_list(fast_engine) -> None:  # type: ignore[no-untyped-def]
    k = fast_engine.knowledge
    for p in k.passages:
        last = p.sentences[-1] if p.sentences else ""
        items = k.items_under(p.id, last) if last.rstrip().endswith(":") else []
        if not p.parent and items:
            point = expand(k, p.id, 0, fill=500)  # from the first sentence to the list
            start = point.sentences.index(p.sentences[0])  # after what leads up to it
            end = start + len(p.sentences)
            assert point.sentences[start:end] == p.sentences
            assert point.sentences[end] == items[0]
            assert sum(len(s.split()) for s in point.sentences[start:]) <= 120 + len(
                items[0].split()
            )
            return
    raise AssertionError("the fixture notes have no passage that ends on a lead-in")


def test_a_question_for_several_things_gets_a_sentence_that_lists_them(fast_engine) -> None:  # type: ignore[no-untyped-def]
    from bot.answering.shape import with_items

    k = fast_engine.knowledge
    lists = [p.id for p in k.passages if any("items" in f.states for f in k.sentence_facts[p.id])]
    plain = [p.id for p in k.passages
             if p.sentences and not any(f.states for f in k.sentence_facts[p.id])]  # fmt: skip
    cands = _cands(k, [plain[0], lists[0]])
    scores = np.linspace(1.0, 0.5, len(cands))  # the plain passage's sentences rank first
    points = [expand(k, plain[0], 0)]  # a point that lists nothing
    both = with_items(k, cands, scores, points, floor=0.0)
    assert len(both) == 2 and both[1].passage_id == lists[0]
    focus = both[1].sentences[both[1].focus]
    assert "items" in k.sentence_facts[lists[0]][k.passages[lists[0]].sentences.index(focus)].states
    assert with_items(k, cands, scores, points, floor=2.0) == points  # none close enough
    assert with_items(k, cands, scores, both[1:], floor=0.0) == both[1:]  # it lists already


def test_a_close_runner_up_the_first_point_does_not_show_comes_second(fast_engine) -> None:  # type: ignore[no-untyped-def]
    k = fast_engine.knowledge
    pids = [p.id for p in k.passages if p.source.endswith("day2-notes.md")][:6]
    cands = _cands(k, pids)
    scores = np.linspace(1.0, 0.0, len(cands))
    first = expand(k, cands.passage_ids[0], cands.indexes[0])
    points = runner_up(k, cands, scores, [first], floor=-1.0)
    assert len(points) == 2
    second = points[1]
    shown = {(first.passage_id, s) for s in first.sentences}
    picked = next(
        n
        for n in range(1, len(cands))
        if (cands.passage_ids[n], k.passages[cands.passage_ids[n]].sentences[cands.indexes[n]])
        not in shown
    )
    assert second.score == scores[picked]  # the best one not already shown
    assert runner_up(k, cands, scores, [first], floor=scores[picked] + 1e-6) == [first]


def _pair(k) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """Two passages in a row of one talk, neither a list item."""
    for p in k.passages[:-1]:
        after = k.passages[p.id + 1]
        if (after.section_id, after.source) == (p.section_id, p.source) and not (
            p.parent or after.parent
        ):
            return p.id, after.id
    raise AssertionError("the fixture notes have no two passages in a row of one talk")


def test_a_point_goes_on_into_the_next_passage_that_carries_it_on(fast_engine) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    k = fast_engine.knowledge
    first, second = _pair(k)
    kept = k.passages[first], k.passages[second]
    last = len(kept[0].sentences) - 1
    plain = replace(kept[1], sentences=["Lunch was served at noon.", "More here."])
    leaning = replace(kept[1], sentences=["These updates take under a second.", "More here."])
    asking = replace(kept[0], sentences=[*kept[0].sentences[:-1], "Why?"])
    try:
        k.passages[second] = plain
        assert "Lunch was served at noon." not in expand(k, first, last).sentences
        k.passages[second] = leaning
        assert expand(k, first, last).sentences[-1] == "These updates take under a second."
        k.passages[first], k.passages[second] = asking, plain
        assert expand(k, first, last).sentences[-2:] == ["Why?", "Lunch was served at noon."]
    finally:
        k.passages[first], k.passages[second] = kept


def test_a_sentence_comparing_both_leads_and_each_thing_also_gets_its_own(fast_engine) -> None:  # type: ignore[no-untyped-def]
    """ "A is better than B" does not say what B does: each thing also gets the best
    sentence about it alone, from the same notes."""
    k = fast_engine.knowledge
    for p in k.passages:
        for i, both in enumerate(k.sentence_stems[p.id]):
            words = sorted(w for w in both if len(w) > 3 and k.known(w))
            for a in words:
                for b in words:
                    if a >= b:
                        continue
                    same = [q.id for q in k.passages if q.source == p.source]
                    cands = _cands(k, same)
                    rows = list(zip(cands.passage_ids, cands.indexes, strict=True))
                    said = [k.sentence_stems[q][j] for q, j in rows]
                    alone_a = [n for n, s in enumerate(said) if a in s and b not in s]
                    alone_b = [n for n, s in enumerate(said) if b in s and a not in s]
                    if not (alone_a and alone_b):
                        continue
                    scores = np.zeros(len(rows))
                    scores[rows.index((p.id, i))] = 1.0  # the comparison ranks first
                    points, missing = compare(k, cands, scores, (a, b))
                    assert not missing
                    first = k.passages[p.id].sentences[i]
                    assert first in points[0].sentences
                    shown = [" ".join(pt.sentences) for pt in points[1:]]
                    assert len(points) == 3, shown
                    return
    raise AssertionError("the fixture notes compare no two things")
