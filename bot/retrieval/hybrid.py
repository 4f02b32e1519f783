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


def near_duplicates(
    words_of: dict[int, frozenset[str]], order: list[int], threshold: float = 0.8
) -> set[int]:
    """Ids whose word set is mostly contained in a better-ranked passage's."""
    kept: list[frozenset[str]] = []
    dropped: set[int] = set()
    for pid in order:
        words = words_of[pid]
        if not words:
            continue
        if any(len(words & other) / len(words) >= threshold for other in kept):
            dropped.add(pid)
        else:
            kept.append(words)
    return dropped


def dense_ranking(
    index: object, query: np.ndarray, allowed: np.ndarray | None, k: int
) -> tuple[list[int], dict[int, float]]:
    """Top passages by cosine; with a filter, only allowed rows compete."""
    total = index.ntotal  # type: ignore[attr-defined]
    wanted = total if allowed is not None else min(k, total)
    scores, ids = index.search(query.reshape(1, -1), wanted)  # type: ignore[attr-defined]
    ranking: list[int] = []
    sims: dict[int, float] = {}
    for score, pid in zip(scores[0], ids[0], strict=True):
        if pid < 0 or (allowed is not None and not allowed[pid]):
            continue
        ranking.append(int(pid))
        sims[int(pid)] = float(score)
        if len(ranking) >= k:
            break
    return ranking, sims
