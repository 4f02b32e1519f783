"""The dense index over passage vectors, its type chosen by the number of passages.

Exact search (IndexFlatIP) costs one dot product per passage per query: nothing at a few
thousand passages, most of a turn at a hundred thousand. Above FLAT_MAX the index is an
inverted file (IVF): the passages are split into clusters by k-means and a query scans
only the clusters nearest to it. Notes repeat themselves (a talk given at several events,
a template reused), and near-copies fall into the same cluster, where an HNSW graph's links
stay trapped among them (docs/scaling.md has both measured). How many clusters a query
scans is not a constant: the build measures recall@10 against exact search on probe
queries and keeps the smallest number that reaches RECALL_TARGET. The choice and its
parameters are written to the build's manifest, so a server reads them instead of guessing.

Retrieval sees any index through `VectorIndex`; FAISS's flat, IVF and HNSW indexes are
the kinds built in, and another store is one `register(name, Kind(make, load))` away
(`BOT_DENSE_INDEX=name` builds with it; docs/architecture.md has the recipe).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any, Protocol

import numpy as np

FLAT_MAX = 10_000  # passages; above this exact search costs more than a cluster scan
CLUSTERS_PER_ROOT = 10  # IVF clusters per square root of the passages (FAISS's advice: 4-16)
TRAIN_PER_CLUSTER = 39  # k-means sample: passages per cluster (FAISS warns below 39)
RECALL_TARGET = 0.995  # the build scans the fewest clusters whose probe recall@10 reaches this
SAME_SCORE = 1e-5  # a row scoring exact search's 10th within this is as good a 10th (a copy)
NPROBE_STEPS = (4, 8, 16, 32, 64, 128, 256, 512)
# Graph settings from docs/scaling.md's sweep over the 100x corpus (162,599 passages, each
# with 99 renamed near-copies): M 32 / efConstruction 80 / efSearch 256 recalled 0.681 of
# exact search's top 10; M 64 / 400 / 1024 recalls 0.964 (0.990 counting near-ties) at
# 2 ms a query, a tenth of exact search there, for twice the links' memory and 106 s to build.
HNSW_M = 64  # links per node: recall vs memory (M * 8 bytes per passage)
HNSW_EF_CONSTRUCTION = 400
HNSW_EF_SEARCH = 1024  # candidates a query keeps
RECALL_PROBES = 200  # queries used to measure a build's recall


@dataclass(frozen=True)
class DenseSpec:
    """What kind of FAISS index a build holds, and with which parameters."""

    kind: str  # "flat", "ivf" or "hnsw"
    m: int = 0
    ef_construction: int = 0
    ef_search: int = 0
    nlist: int = 0  # ivf: clusters
    nprobe: int = 0  # ivf: clusters a query scans

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
            int(data.get("nlist", 0)),
            int(data.get("nprobe", 0)),
        )


class VectorIndex(Protocol):
    """What retrieval needs of a dense index: rows numbered as passages are, inner-product
    (cosine on unit vectors) search, optionally among allowed rows only."""

    @property
    def exact(self) -> bool:
        """Whether a search ranks every (allowed) row exactly."""

    @property
    def dim(self) -> int: ...

    def __len__(self) -> int: ...

    def add(self, vectors: np.ndarray) -> None:
        """Append rows; their ids continue from the index's size."""

    def search(
        self, query: np.ndarray, k: int, allowed: np.ndarray | None = None
    ) -> tuple[list[int], list[float]]:
        """Up to k (row, score) pairs, best first; `allowed` is a boolean row mask."""

    def save(self, path: Path) -> None: ...


@dataclass(frozen=True)
class Kind:
    """How to make an empty index of a kind (for a spec and a dimension) and load one."""

    make: Callable[[DenseSpec, int], VectorIndex]
    load: Callable[[Path, DenseSpec], VectorIndex]


KINDS: dict[str, Kind] = {}


def register(name: str, kind: Kind) -> None:
    KINDS[name] = kind


def clusters(passages: int) -> int:
    """IVF clusters for a corpus: a power of two near CLUSTERS_PER_ROOT * sqrt(passages),
    and few enough that each has some to train on."""
    want = CLUSTERS_PER_ROOT * passages**0.5
    power = 2 ** round(np.log2(max(want, 1.0)))
    trainable = 2 ** int(np.log2(max(passages // TRAIN_PER_CLUSTER, 1)))
    return int(max(16, min(power, trainable)))


def choose(passages: int, flat_max: int = FLAT_MAX, kind: str = "auto") -> DenseSpec:
    """Exact search while it is cheap; an inverted file beyond; or the kind asked for."""
    if kind == "ivf" or (kind == "auto" and passages > flat_max):
        nlist = clusters(passages)
        return DenseSpec("ivf", nlist=nlist, nprobe=min(nlist, NPROBE_STEPS[-1]))
    if kind == "hnsw":
        return DenseSpec("hnsw", HNSW_M, HNSW_EF_CONSTRUCTION, HNSW_EF_SEARCH)
    if kind not in ("auto", "flat") and kind not in KINDS:
        raise ValueError(f"unknown dense index kind {kind!r} (known: {sorted(KINDS)})")
    return DenseSpec("flat" if kind == "auto" else kind)


def _kind(spec: DenseSpec) -> Kind:
    try:
        return KINDS[spec.kind]
    except KeyError:
        raise ValueError(f"unknown dense index kind {spec.kind!r}") from None


def make(spec: DenseSpec, vectors: np.ndarray) -> VectorIndex:
    """An index of `spec`'s kind holding `vectors` (rows are passage ids), trained on a
    fixed sample of them first where the kind needs it."""
    index = _kind(spec).make(spec, int(vectors.shape[1]))
    if isinstance(index, FaissIndex) and spec.kind == "ivf":
        want = spec.nlist * TRAIN_PER_CLUSTER
        rows = np.random.default_rng(0).choice(len(vectors), min(len(vectors), want), replace=False)
        index.train(np.ascontiguousarray(vectors[np.sort(rows)], dtype=np.float32))
    add(index, vectors)
    return index


def build(
    spec: DenseSpec, passages: np.ndarray, sentences: np.ndarray
) -> tuple[VectorIndex, dict[str, object]]:
    """An index of `spec`'s kind over `passages` and its manifest entry. An index that is
    not exact has its search-time parameters tuned on one sample of sentence vectors and
    its recall@10 against exact search measured on another, so the figure is not the one
    it was tuned to."""
    index = make(spec, passages)
    entry = spec.as_manifest()
    if not index.exact and len(sentences):
        if isinstance(index, FaissIndex):
            entry = index.tune(passages, probe_queries(sentences, seed=1)).as_manifest()
        probes = probe_queries(sentences)
        entry["recall_at_10"] = round(recall_at_k(index, passages, probes), 4)
        same = recall_at_k(index, passages, probes, ties=SAME_SCORE)
        entry["recall_at_10_same_score"] = round(same, 4)
    return index, entry


def load(path: Path, spec: DenseSpec) -> VectorIndex:
    return _kind(spec).load(path, spec)


def add(index: VectorIndex, vectors: np.ndarray) -> None:
    """Append rows (ids continue from the index's size), in blocks so memory stays flat."""
    for start in range(0, len(vectors), 50_000):
        index.add(np.ascontiguousarray(vectors[start : start + 50_000], dtype=np.float32))


def recall_at_k(
    index: VectorIndex, vectors: np.ndarray, queries: np.ndarray, k: int = 10, ties: float = 0.0
) -> float:
    """Share of exact search's top k that `index` also returns in its top k. With `ties`
    (ann-benchmarks' epsilon), a returned row as close to the query as exact search's k-th,
    within `ties`, counts too: among near-copies which one is "the" tenth is arbitrary."""
    return _recall(index, queries, exact_search(vectors, queries, k), ties)


def exact_search(
    vectors: np.ndarray, queries: np.ndarray, k: int = 10
) -> tuple[np.ndarray, np.ndarray]:
    """Every query's scores against every row, and exact search's top k rows (unordered):
    computed once when several settings of one index are compared."""
    scores = queries @ np.asarray(vectors, dtype=np.float32).T
    return scores, np.argpartition(-scores, k, axis=1)[:, :k]


def _recall(
    index: VectorIndex, queries: np.ndarray, exact: tuple[np.ndarray, np.ndarray], ties: float
) -> float:
    scores, top = exact
    k = top.shape[1]
    hits = 0
    for row, (query, best) in enumerate(zip(queries, top, strict=True)):
        found, _ = index.search(np.asarray(query, dtype=np.float32), k)
        if ties:
            kth = float(scores[row, best].min())
            hits += min(k, sum(1 for pid in found if scores[row, pid] >= kth - ties))
        else:
            hits += len(set(best.tolist()) & set(found))
    return hits / float(k * len(queries))


class FaissIndex:
    """A FAISS index (flat, IVF or HNSW) as a `VectorIndex`."""

    def __init__(self, index: Any, spec: DenseSpec) -> None:
        self.index = index
        self.spec = spec
        # search-time parameters FAISS does not keep in the file
        if spec.kind == "hnsw":
            index.hnsw.efSearch = spec.ef_search
        if spec.kind == "ivf":
            index.nprobe = max(1, spec.nprobe)

    def train(self, sample: np.ndarray) -> None:
        if not self.index.is_trained and len(sample):
            self.index.train(sample)

    def tune(self, vectors: np.ndarray, queries: np.ndarray) -> DenseSpec:
        """IVF: the fewest clusters scanned whose recall@10 on `queries` reaches
        RECALL_TARGET (all of them when none does). Other kinds keep their spec. Identical
        notes make identical vectors, and which of two equal rows exact search calls tenth
        is arbitrary, so a row with the same score (within SAME_SCORE) counts as found."""
        if self.spec.kind != "ivf" or not len(queries):
            return self.spec
        steps = [n for n in NPROBE_STEPS if n < self.spec.nlist] + [self.spec.nlist]
        exact = exact_search(vectors, queries)  # once, not once per step
        for nprobe in steps:
            self.index.nprobe = nprobe
            if _recall(self, queries, exact, SAME_SCORE) >= RECALL_TARGET:
                break
        self.spec = replace(self.spec, nprobe=int(self.index.nprobe))
        return self.spec

    @property
    def exact(self) -> bool:
        return self.spec.kind == "flat"

    @property
    def dim(self) -> int:
        return int(self.index.d)

    def __len__(self) -> int:
        return int(self.index.ntotal)

    def add(self, vectors: np.ndarray) -> None:
        self.index.add(vectors)

    def search(
        self, query: np.ndarray, k: int, allowed: np.ndarray | None = None
    ) -> tuple[list[int], list[float]]:
        import faiss

        params = None
        if allowed is not None:
            bitmap = np.packbits(allowed.astype(bool), bitorder="little")
            selector = faiss.IDSelectorBitmap(len(allowed), faiss.swig_ptr(bitmap))
            if self.spec.kind == "hnsw":
                params = faiss.SearchParametersHNSW(sel=selector, efSearch=self.spec.ef_search)  # type: ignore[attr-defined]
            elif self.spec.kind == "ivf":
                params = faiss.SearchParametersIVF(sel=selector, nprobe=self.spec.nprobe)  # type: ignore[call-arg]
            else:
                params = faiss.SearchParameters(sel=selector)  # type: ignore[call-arg]
        wanted = min(k, len(self))
        if wanted <= 0:
            return [], []
        scores, ids = self.index.search(query.reshape(1, -1), wanted, params=params)
        keep = ids[0] >= 0  # -1 pads when fewer rows are allowed than asked for
        return ids[0][keep].tolist(), scores[0][keep].tolist()

    def save(self, path: Path) -> None:
        import faiss

        faiss.write_index(self.index, str(path))


def _faiss_make(spec: DenseSpec, dim: int) -> VectorIndex:
    import faiss

    if spec.kind == "hnsw":
        index = faiss.IndexHNSWFlat(dim, spec.m, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = spec.ef_construction
        return FaissIndex(index, spec)
    if spec.kind == "ivf":  # the factory's index owns its coarse quantizer
        ivf = faiss.index_factory(dim, f"IVF{spec.nlist},Flat", faiss.METRIC_INNER_PRODUCT)
        return FaissIndex(ivf, spec)
    return FaissIndex(faiss.IndexFlatIP(dim), spec)


def _faiss_load(path: Path, spec: DenseSpec) -> VectorIndex:
    import faiss

    return FaissIndex(faiss.read_index(str(path)), spec)


register("flat", Kind(_faiss_make, _faiss_load))
register("hnsw", Kind(_faiss_make, _faiss_load))
register("ivf", Kind(_faiss_make, _faiss_load))


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
