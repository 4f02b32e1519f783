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
FEW_ROWS = 10_000  # below this many passages the unfiltered DEEP ranking is filtered
SHARE = 0.2  # ... and above it, a filter allowing more than this share is too
MAX_RUNS = 64  # runs of ids one query may name


class LexicalRankings:
    def __init__(self, index: LexicalIndex, size: int = 512) -> None:
        self._index = index
        self._kept: Recent[tuple[tuple[str, ...], int], list[int]] = Recent(size)
        self._ranged: Recent[tuple[tuple[str, ...], tuple[tuple[int, int], ...]], list[int]] = (
            Recent(size)
        )

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
        when kept (the allowed rows use a word of the question, so they rank high in it).
        Rows of a few notes (an event, a talk) are ranked among themselves: filtering the
        whole corpus's ranking would leave almost none of them at a hundred notes."""
        ranking = self._kept.get((tuple(terms), TOP)) if reuse_top else None
        if ranking is None:
            runs = _runs(allowed)
            if runs is not None and len(allowed) > FEW_ROWS:
                key = (tuple(terms), tuple(runs))
                found = self._ranged.get(key)
                if found is None:
                    found = [pid for pid, _ in self._index.search(list(terms), TOP, runs)]
                    self._ranged.put(key, found)
                return found
            ranking = self.top(terms, DEEP)
        return [pid for pid in ranking if allowed[pid]][:TOP]


def _runs(allowed: np.ndarray) -> list[tuple[int, int]] | None:
    """The allowed rows as (first, last) runs of ids, when they are a few runs (a note's
    passages are numbered together) holding a small share of the rows; else None."""
    ids = np.flatnonzero(allowed)
    if not len(ids) or len(ids) > SHARE * len(allowed):
        return None
    breaks = np.flatnonzero(np.diff(ids) > 1)
    if len(breaks) >= MAX_RUNS:
        return None
    starts = np.concatenate(([ids[0]], ids[breaks + 1]))
    ends = np.concatenate((ids[breaks], [ids[-1]]))
    return [(int(a), int(b)) for a, b in zip(starts, ends, strict=True)]
