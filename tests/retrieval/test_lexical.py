"""BM25 rankings kept per term list, on the real FTS5 index."""

from __future__ import annotations

import numpy as np

from bot.retrieval.lexical import DEEP, TOP, LexicalRankings


class Counting:
    """The real lexical index, counting the queries that reach SQLite."""

    def __init__(self, index) -> None:  # type: ignore[no-untyped-def]
        self.index, self.calls = index, 0

    def search(self, terms: list[str], limit: int):  # type: ignore[no-untyped-def]
        self.calls += 1
        return self.index.search(terms, limit)


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
