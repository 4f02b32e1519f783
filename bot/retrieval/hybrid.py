"""Hybrid retrieval: FAISS (dense) and FTS5 BM25 (lexical) fused by reciprocal rank.

Metadata filters (conference, speaker, talk, date) restrict the candidates;
near-duplicate passages (a list and the same items on their own) are removed.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

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
    scores, ids = scores[0], ids[0]
    keep = ids >= 0
    if allowed is not None:
        keep &= allowed[np.where(keep, ids, 0)]
    ranking = ids[keep][:k].tolist()
    return ranking, dict(zip(ranking, scores[keep][:k].tolist(), strict=True))
