"""BM25 rankings of recent term lists, kept so a turn asks FTS5 once per list.

A turn needs the same ranking several times: each search attempt, and a retry among the
passages that use a name, which filters the unfiltered ranking instead of asking again.
(Fetching it on a second thread while the question was embedded saved nothing measurable
here: onnxruntime already uses both cores.)
"""

from __future__ import annotations

import numpy as np

from bot.indexing.fts import LexicalIndex
from bot.recent import Recent

TOP = 60  # passages a ranking contributes to the fusion
DEEP = 120  # fetched when a filter will drop some


class LexicalRankings:
    def __init__(self, index: LexicalIndex, size: int = 512) -> None:
        self._index = index
        self._kept: Recent[tuple[tuple[str, ...], int], list[int]] = Recent(size)

    def top(self, terms: list[str], depth: int = TOP) -> list[int]:
        """Passage ids, best first; a deeper ranking already kept serves a shallower ask."""
        key = tuple(terms)
        for kept_depth in (depth, DEEP) if depth < DEEP else (depth,):
            found = self._kept.get((key, kept_depth))
            if found is not None:
                return found[:depth]
        ranking = [pid for pid, _ in self._index.search(list(terms), depth)]
        self._kept.put((key, depth), ranking)
        return ranking

    def allowed(self, terms: list[str], allowed: np.ndarray, reuse_top: bool = False) -> list[int]:
        """The best TOP among allowed rows. With `reuse_top`, the unfiltered top is filtered
        when kept (the allowed rows use a word of the question, so they rank high in it)."""
        ranking = self._kept.get((tuple(terms), TOP)) if reuse_top else None
        if ranking is None:
            ranking = self.top(terms, DEEP)
        return [pid for pid in ranking if allowed[pid]][:TOP]
