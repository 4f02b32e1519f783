"""The dense (FAISS) index over passage vectors, its type chosen by the number of passages.

Exact search (IndexFlatIP) costs one dot product per passage per query: nothing at a few
thousand passages, most of a turn at a hundred thousand. Above FLAT_MAX the index is an
HNSW graph, whose cost grows with the log of the size. The choice and its parameters are
written to the build's manifest, so a server reads them instead of guessing, and a
build's recall@10 against exact search is measured when it is made.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np

FLAT_MAX = 10_000  # passages; above this exact search costs more than a graph walk
HNSW_M = 32  # links per node: recall vs memory (M * 8 bytes per passage)
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 256  # candidates a query keeps: 128 gave 0.95-0.96 recall@10 on a hard
# synthetic set (tests/indexing/test_dense.py), 256 gives 0.99 for ~0.2 ms more a query
RECALL_PROBES = 200  # queries used to measure a build's recall


@dataclass(frozen=True)
class DenseSpec:
    """What kind of FAISS index a build holds, and with which parameters."""

    kind: str  # "flat" or "hnsw"
    m: int = 0
    ef_construction: int = 0
    ef_search: int = 0

    def as_manifest(self) -> dict[str, object]:
        return {k: v for k, v in asdict(self).items() if v or k == "kind"}

    @classmethod
    def from_manifest(cls, data: object) -> DenseSpec:
        """A build's spec; builds made before the choice existed are flat."""
        if not isinstance(data, dict):
            return cls("flat")
        return cls(
            str(data.get("kind", "flat")),
            int(data.get("m", 0)),
            int(data.get("ef_construction", 0)),
            int(data.get("ef_search", 0)),
        )


def choose(passages: int, flat_max: int = FLAT_MAX) -> DenseSpec:
    """Exact search while it is cheap; an HNSW graph beyond."""
    if passages <= flat_max:
        return DenseSpec("flat")
    return DenseSpec("hnsw", HNSW_M, HNSW_EF_CONSTRUCTION, HNSW_EF_SEARCH)


def make(spec: DenseSpec, vectors: np.ndarray) -> object:
    """A FAISS index of `spec`'s kind holding `vectors` (rows are passage ids)."""
    import faiss

    dim = int(vectors.shape[1])
    if spec.kind == "flat":
        index = faiss.IndexFlatIP(dim)
    elif spec.kind == "hnsw":
        index = faiss.IndexHNSWFlat(dim, spec.m, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = spec.ef_construction
    else:
        raise ValueError(f"unknown dense index kind {spec.kind!r}")
    add(index, vectors)
    configure(index, spec)
    return index


def add(index: object, vectors: np.ndarray) -> None:
    """Append rows (ids continue from the index's size), in blocks so memory stays flat."""
    for start in range(0, len(vectors), 50_000):
        block = np.ascontiguousarray(vectors[start : start + 50_000], dtype=np.float32)
        index.add(block)  # type: ignore[attr-defined]


def configure(index: object, spec: DenseSpec) -> None:
    """Search-time parameters, which FAISS does not keep in the file."""
    if spec.kind == "hnsw":
        index.hnsw.efSearch = spec.ef_search  # type: ignore[attr-defined]


def recall_at_k(index: object, vectors: np.ndarray, queries: np.ndarray, k: int = 10) -> float:
    """Share of exact search's top k that `index` also returns in its top k."""
    scores = queries @ np.asarray(vectors, dtype=np.float32).T
    exact = np.argpartition(-scores, k, axis=1)[:, :k]
    _, found = index.search(np.ascontiguousarray(queries, dtype=np.float32), k)  # type: ignore[attr-defined]
    hits = sum(len(set(e.tolist()) & set(f.tolist())) for e, f in zip(exact, found, strict=True))
    return hits / float(k * len(queries))


def probe_queries(
    vectors: np.ndarray, count: int = RECALL_PROBES, noise: float = 0.0, seed: int = 0
) -> np.ndarray:
    """A sample of rows as queries (a build samples its sentence vectors: text like a
    question's, near the passages but not one of them), with optional noise."""
    rng = np.random.default_rng(seed)
    rows = np.sort(rng.choice(len(vectors), size=min(count, len(vectors)), replace=False))
    queries = vectors[rows].astype(np.float32) + rng.normal(0, noise, (len(rows), vectors.shape[1]))
    queries /= np.linalg.norm(queries, axis=1, keepdims=True)
    return queries.astype(np.float32)
