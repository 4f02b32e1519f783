"""Hybrid retrieval: FAISS (dense) and FTS5 BM25 (lexical) fused by reciprocal rank.

Metadata filters (conference, speaker, talk, date) restrict the candidates;
near-duplicate passages (a list and the same items on their own) are removed.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from bot.indexing.dense import VectorIndex
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


def filter_mask(
    filters: Filters, sources: np.ndarray, sections: np.ndarray, dates: np.ndarray
) -> np.ndarray:
    """Rows a filter allows, from per-row columns (source, section id, ISO date or "")."""
    mask = np.ones(len(sources), dtype=bool)
    if filters.sources is not None:
        mask &= np.isin(sources, list(filters.sources))
    if filters.section_ids is not None:
        mask &= np.isin(sections, list(filters.section_ids))
    if filters.passage_ids is not None:
        mask &= np.isin(np.arange(len(sources)), list(filters.passage_ids))
    if filters.date_from:
        mask &= dates >= filters.date_from
    if filters.date_to:
        mask &= (dates <= filters.date_to) & (dates != "")
    return mask


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


EXACT_MAX = 20_000  # allowed rows scored exactly from the stored vectors, not by the graph


def dense_ranking(
    index: VectorIndex,
    query: np.ndarray,
    allowed: np.ndarray | None,
    k: int,
    vectors: np.ndarray | None = None,
) -> tuple[list[int], dict[int, float]]:
    """Top passages by cosine; with a filter, only allowed rows compete.

    An exact index ranks the allowed rows itself (FAISS takes the filter as an ID
    selector). A graph index (HNSW) walks from its entry points and a narrow filter (one
    event of hundreds) leaves it few allowed neighbours to walk through, so its recall
    falls: up to EXACT_MAX allowed rows are scored exactly from the stored vectors instead,
    which costs less than the walk."""
    if allowed is not None and vectors is not None and not index.exact:
        rows = np.flatnonzero(allowed)
        if len(rows) <= EXACT_MAX:
            return exact_ranking(vectors, rows, query, k)
    ranking, scores = index.search(query, k, allowed)
    return ranking, dict(zip(ranking, scores, strict=True))


def exact_ranking(
    vectors: np.ndarray, rows: np.ndarray, query: np.ndarray, k: int
) -> tuple[list[int], dict[int, float]]:
    """The top k of `rows` by cosine, computed from the stored (float16) vectors."""
    if not len(rows):
        return [], {}
    sims = np.asarray(vectors[rows], dtype=np.float32) @ query.astype(np.float32)
    top = np.argsort(-sims, kind="stable")[:k]
    ranking = rows[top].tolist()
    return ranking, dict(zip(ranking, sims[top].tolist(), strict=True))


Ranking = tuple[list[int], dict[int, float]]


class DenseRankings:
    """FAISS rankings of recent query vectors: a turn needs the same vector's unfiltered
    ranking several times (how near the notes it is, then each unfiltered attempt); a
    filtered one goes to FAISS's selector (or to the stored vectors) each time, which is
    cheap enough."""

    def __init__(
        self, index: VectorIndex, size: int = 16, k: int = 60, vectors: np.ndarray | None = None
    ) -> None:
        self._index = index
        self._k = k
        self._vectors = vectors
        self._top: Recent[bytes, Ranking] = Recent(size)

    def top(self, query: np.ndarray) -> Ranking:
        """The unfiltered top k."""
        key = query.tobytes()
        found = self._top.get(key)
        if found is None:
            found = dense_ranking(self._index, query, None, self._k)
            self._top.put(key, found)
        return found

    def allowed(self, query: np.ndarray, allowed: np.ndarray) -> Ranking:
        """The top k among allowed rows (cheap enough not to keep)."""
        return dense_ranking(self._index, query, allowed, self._k, self._vectors)
