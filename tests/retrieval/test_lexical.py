"""BM25 rankings kept per term list, on the real FTS5 index."""

from __future__ import annotations

import numpy as np

from bot.retrieval.lexical import DEEP, TOP, LexicalRankings


class Counting:
    """The real lexical index, counting the queries that reach SQLite."""

    def __init__(self, index) -> None:  # type: ignore[no-untyped-def]
        self.index, self.calls = index, 0

    def search(self, terms: list[str], limit: int, ranges=None):  # type: ignore[no-untyped-def]
        self.calls += 1
        self.ranges = ranges
        return self.index.search(terms, limit, ranges)


def test_a_ranking_is_fetched_once_and_a_deep_one_serves_a_shallow_ask(engine) -> None:  # type: ignore[no-untyped-def]
    index = Counting(engine.knowledge.lexical)
    rankings = LexicalRankings(index)  # type: ignore[arg-type]
    terms = ["lambda", "concurrency", "limit"]
    deep = rankings.top(terms, DEEP)
    assert deep == [pid for pid, _ in engine.knowledge.lexical.search(terms, DEEP)]
    assert rankings.top(terms) == deep[:TOP] and rankings.top(terms, DEEP) == deep
    assert index.calls == 1


def test_allowed_rows_come_from_the_kept_top_only_when_asked(engine) -> None:  # type: ignore[no-untyped-def]
    index = Counting(engine.knowledge.lexical)
    rankings = LexicalRankings(index)  # type: ignore[arg-type]
    terms = ["glacier", "retrieval"]
    top = rankings.top(terms)
    allowed = np.zeros(len(engine.knowledge.passages), dtype=bool)
    allowed[top[1::2]] = True
    assert rankings.allowed(terms, allowed, reuse_top=True) == top[1::2]
    assert index.calls == 1
    filtered = rankings.allowed(terms, allowed)  # another filter: a deeper query
    assert index.calls == 2 and all(allowed[pid] for pid in filtered)


def test_runs_of_allowed_ids() -> None:
    from bot.retrieval.lexical import _runs

    allowed = np.zeros(100, dtype=bool)
    allowed[[3, 4, 5, 40, 41, 90]] = True
    assert _runs(allowed) == [(3, 5), (40, 41), (90, 90)]
    assert _runs(np.ones(100, dtype=bool)) is None  # most rows: filter the whole ranking
    assert _runs(np.zeros(100, dtype=bool)) is None


def test_a_few_notes_rows_are_ranked_among_themselves_in_a_large_index(
    fast_engine, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from bot.retrieval import lexical

    k = fast_engine.knowledge
    source = k.passages[-1].source  # one note's passages: ids numbered together
    allowed = np.array([p.source == source for p in k.passages])
    terms = [w for w in k.passages[-1].text.lower().split() if w.isalpha()][:3]
    every = [pid for pid, _ in k.lexical.search(terms, len(k.passages))]
    monkeypatch.setattr(lexical, "FEW_ROWS", 0)  # as if the index were large
    monkeypatch.setattr(lexical, "SHARE", 1.0)
    index = Counting(k.lexical)
    ranked = LexicalRankings(index).allowed(terms, allowed)  # type: ignore[arg-type]
    assert index.ranges == lexical._runs(allowed)  # asked among the note's rows
    assert ranked and all(allowed[pid] for pid in ranked)
    assert ranked == [pid for pid in every if allowed[pid]][:TOP]  # the same order, only theirs
