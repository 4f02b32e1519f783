"""The FAISS index kind follows the corpus's size, and the approximate one finds what exact
search finds."""

from __future__ import annotations

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


def test_small_corpora_get_exact_search_and_large_ones_a_graph() -> None:
    assert dense.choose(1_625).kind == "flat"
    assert dense.choose(dense.FLAT_MAX).kind == "flat"
    big = dense.choose(dense.FLAT_MAX + 1)
    assert big.kind == "hnsw" and big.m and big.ef_search >= 64
    assert dense.DenseSpec.from_manifest(big.as_manifest()) == big
    assert dense.DenseSpec.from_manifest(None).kind == "flat"  # builds made before the choice


def test_the_graph_index_recalls_at_least_98_percent_of_exact_top_10() -> None:
    vectors = clustered(6_000)
    spec = dense.choose(len(vectors), flat_max=1_000)
    index = dense.make(spec, vectors)
    queries = dense.probe_queries(clustered(400, seed=2), count=200)
    assert dense.recall_at_k(index, vectors, queries) >= 0.98
    flat = dense.make(dense.DenseSpec("flat"), vectors)
    assert dense.recall_at_k(flat, vectors, queries) == pytest.approx(1.0)


def test_a_narrow_filter_on_a_graph_index_is_answered_exactly() -> None:
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
