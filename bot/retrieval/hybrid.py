"""Hybrid retrieval: FAISS (dense) and FTS5 BM25 (lexical) fused by reciprocal rank.

Metadata filters (conference, speaker, talk, date) restrict the candidates;
near-duplicate passages (a list and the same items on their own) are removed.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from bot.recent import Recent

RRF_K = 60


@dataclass(frozen=True)
class Filters:
    sources: frozenset[str] | None = None
    section_ids: frozenset[int] | None = None
    date_from: str | None = None
    date_to: str | None = None
    passage_ids: frozenset[int] | None = None

    def empty(self) -> bool:
        return not (
            self.sources
            or self.section_ids is not None
            or self.date_from
            or self.date_to
            or self.passage_ids is not None
        )


@dataclass
class Hit:
    passage_id: int
    score: float
    dense: float
    dense_rank: int | None
    lexical_rank: int | None


def rrf(rankings: list[list[int]], weights: list[float] | None = None) -> dict[int, float]:
    scores: dict[int, float] = {}
    for ranking, weight in zip(rankings, weights or [1.0] * len(rankings), strict=True):
        for rank, pid in enumerate(ranking):
            scores[pid] = scores.get(pid, 0.0) + weight / (RRF_K + rank + 1)
    return scores


def near_duplicate(
    words: frozenset[str], kept: list[frozenset[str]], threshold: float = 0.8
) -> bool:
    """Is this word set mostly contained in one of a better-ranked passage's?"""
    size = len(words)
    return bool(size) and any(len(words & other) / size >= threshold for other in kept)


def dense_ranking(
    index: object, query: np.ndarray, allowed: np.ndarray | None, k: int
) -> tuple[list[int], dict[int, float]]:
    """Top passages by cosine; with a filter, only allowed rows compete."""
    total = index.ntotal  # type: ignore[attr-defined]
    wanted = total if allowed is not None else min(k, total)
    scores, ids = index.search(query.reshape(1, -1), wanted)  # type: ignore[attr-defined]
    return _first_allowed(scores[0], ids[0], allowed, k)


def _first_allowed(
    scores: np.ndarray, ids: np.ndarray, allowed: np.ndarray | None, k: int
) -> tuple[list[int], dict[int, float]]:
    """The first k rows of a FAISS ranking (ids -1 are padding) that the filter allows."""
    keep = ids >= 0
    if allowed is not None:
        keep &= allowed[np.where(keep, ids, 0)]
    ranking = ids[keep][:k].tolist()
    return ranking, dict(zip(ranking, scores[keep][:k].tolist(), strict=True))


Ranking = tuple[list[int], dict[int, float]]


class DenseRankings:
    """FAISS rankings of recent query vectors: a turn needs the same vector's ranking
    several times (how near the notes it is, then each search attempt, filtered or not)."""

    def __init__(self, index: object, size: int = 16, k: int = 60) -> None:
        self._index = index
        self._k = k
        self._top: Recent[bytes, Ranking] = Recent(size)
        self._all: Recent[bytes, tuple[np.ndarray, np.ndarray]] = Recent(size)

    def top(self, query: np.ndarray) -> Ranking:
        """The unfiltered top k."""
        key = query.tobytes()
        found = self._top.get(key)
        if found is None:
            found = dense_ranking(self._index, query, None, self._k)
            self._top.put(key, found)
        return found

    def allowed(self, query: np.ndarray, allowed: np.ndarray) -> Ranking:
        """The top k among allowed rows, from one full ranking per vector."""
        key = query.tobytes()
        full = self._all.get(key)
        if full is None:
            total = self._index.ntotal  # type: ignore[attr-defined]
            scores, ids = self._index.search(query.reshape(1, -1), total)  # type: ignore[attr-defined]
            full = (scores[0], ids[0])
            self._all.put(key, full)
        return _first_allowed(*full, allowed, self._k)
