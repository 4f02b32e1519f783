"""The FAISS index kind follows the corpus's size, and the approximate one finds what exact
search finds."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from bot.indexing import dense
from bot.retrieval.hybrid import dense_ranking


def clustered(rows: int, dim: int = 64, seed: int = 1) -> np.ndarray:
    """Unit vectors in clusters, as sentence embeddings are (topics), not uniform noise."""
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(40, dim))
    data = centres[rng.integers(0, 40, rows)] + rng.normal(scale=0.6, size=(rows, dim))
    return (data / np.linalg.norm(data, axis=1, keepdims=True)).astype(np.float32)


def test_small_corpora_get_exact_search_and_large_ones_clusters() -> None:
    assert dense.choose(1_625).kind == "flat"
    assert dense.choose(dense.FLAT_MAX).kind == "flat"
    big = dense.choose(dense.FLAT_MAX + 1)
    assert big.kind == "ivf" and 16 <= big.nlist <= (dense.FLAT_MAX + 1) // 8
    assert dense.choose(162_599).nlist > dense.choose(16_259).nlist  # grows with the corpus
    assert dense.DenseSpec.from_manifest(big.as_manifest()) == big
    assert dense.DenseSpec.from_manifest(None).kind == "flat"  # builds made before the choice
    assert dense.choose(500, kind="hnsw").kind == "hnsw"  # still there when asked for


@pytest.mark.parametrize("kind", ["ivf", "hnsw"])
def test_an_approximate_index_recalls_at_least_98_percent_of_exact_top_10(kind: str) -> None:
    vectors = clustered(6_000)
    spec = dense.choose(len(vectors), flat_max=1_000, kind=kind)
    index, entry = dense.build(spec, vectors, clustered(2_000, seed=2))
    queries = dense.probe_queries(clustered(400, seed=4), count=200)  # neither sample
    assert dense.recall_at_k(index, vectors, queries) >= 0.98
    assert entry["kind"] == kind and float(entry["recall_at_10"]) >= 0.98  # type: ignore[arg-type]
    flat = dense.make(dense.DenseSpec("flat"), vectors)
    assert dense.recall_at_k(flat, vectors, queries) == pytest.approx(1.0)


def test_the_build_scans_the_fewest_clusters_that_reach_the_recall_target() -> None:
    vectors = clustered(6_000)
    spec = dense.choose(len(vectors), flat_max=1_000)
    index, entry = dense.build(spec, vectors, clustered(2_000, seed=2))
    tuned = dense.DenseSpec.from_manifest(entry)
    assert tuned.nlist == spec.nlist and 0 < tuned.nprobe < spec.nlist  # not a full scan
    tuning = dense.probe_queries(clustered(2_000, seed=2), seed=1)
    fewer = [n for n in dense.NPROBE_STEPS if n < tuned.nprobe]
    if fewer:  # one step fewer falls short of the target on the tuning sample
        lesser = dense.make(replace(tuned, nprobe=fewer[-1]), vectors)
        recall = dense.recall_at_k(lesser, vectors, tuning, ties=dense.SAME_SCORE)
        assert recall < dense.RECALL_TARGET
    reopened = dense.FaissIndex(index.index, tuned)  # type: ignore[attr-defined]
    assert reopened.index.nprobe == tuned.nprobe


def test_rows_added_to_a_clustered_index_are_found() -> None:
    vectors = clustered(6_000)
    index, _ = dense.build(dense.choose(5_000, flat_max=1_000), vectors[:5_000], vectors[:500])
    dense.add(index, vectors[5_000:])
    ids, sims = index.search(vectors[5_500], 1)
    assert ids == [5_500] and sims[0] == pytest.approx(1.0, abs=1e-4)


def test_a_narrow_filter_on_an_approximate_index_is_answered_exactly() -> None:
    vectors = clustered(6_000)
    index = dense.make(dense.choose(len(vectors), flat_max=1_000), vectors)
    allowed = np.zeros(len(vectors), dtype=bool)
    allowed[::150] = True  # 40 rows of 6,000: one event of 150
    query = vectors[7]
    stored = vectors.astype(np.float16)  # as a build keeps them
    ranking, sims = dense_ranking(index, query, allowed, 10, stored)
    scores = stored[allowed].astype(np.float32) @ query
    expected = np.flatnonzero(allowed)[np.argsort(-scores, kind="stable")[:10]]
    assert ranking == expected.tolist()
    assert all(allowed[pid] for pid in ranking) and sims[ranking[0]] >= sims[ranking[-1]]


def test_recall_with_near_ties_counts_an_equally_close_copy() -> None:
    class Shifted:
        """Answers with the copy of each exact neighbour (rows n and n + 50 are twins)."""

        exact, dim = False, 8

        def __init__(self, flat) -> None:  # type: ignore[no-untyped-def]
            self.flat = flat

        def search(self, query, k, allowed=None):  # type: ignore[no-untyped-def]
            ids, sims = self.flat.search(query, k)
            return [(i + 50) % 100 for i in ids], sims

    rng = np.random.default_rng(3)
    half = rng.normal(size=(50, 8)).astype(np.float32)
    half /= np.linalg.norm(half, axis=1, keepdims=True)
    vectors = np.vstack([half, half])  # every row has an identical twin
    flat = dense.make(dense.DenseSpec("flat"), vectors)
    queries = half[:5] + 0.01 * rng.normal(size=(5, 8)).astype(np.float32)
    shifted = Shifted(flat)
    assert dense.recall_at_k(shifted, vectors, queries, k=5, ties=1e-3) == pytest.approx(1.0)
    assert dense.recall_at_k(shifted, vectors, queries, k=5) < 1.0  # strict: a twin misses
