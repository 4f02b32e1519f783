"""The HNSW index's recall@10 against exact search, and its cost, as efSearch grows, on
builds made by `make bench-scale`. Not a test: it prints figures.

    python benchmarks/hnsw_sweep.py /tmp/bot-scale/10x /tmp/bot-scale/100x [--ef 128,256,512]

The probes are the ones a build measures itself with (sentence vectors: text like a
question's, near the passages but not one of them). Exact search over the same float16
vectors is timed beside it, one thread each, so the two costs compare.

Beside recall@10 it prints how many of the graph's 10 score within 0.001 of exact
search's 10th: in an N× corpus each passage has N-1 renamed near-copies, whose scores
differ in the third decimal, so a graph may return another copy of the same passage
where exact search ranks this one tenth.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def sweep(
    folder: Path, efs: list[int], probes: int, k: int = 10, graph: tuple[int, int] | None = None
) -> list[str]:
    import faiss

    from bot.indexing import dense, layout

    build = folder / "index" / "current"
    manifest = layout.read_manifest(folder / "index") or {}
    spec = dense.DenseSpec.from_manifest(manifest.get("dense_index"))
    passages = np.load(build / layout.PASSAGE_VECTORS).astype(np.float32)
    queries = dense.probe_queries(np.load(build / layout.SENTENCES, mmap_mode="r"), probes)
    flat = faiss.IndexFlatIP(passages.shape[1])
    flat.add(passages)
    started = time.perf_counter()
    for q in queries:  # one query at a time, as a turn asks
        flat.search(q[None, :], k)
    flat_ms = (time.perf_counter() - started) * 1000 / len(queries)
    scores, exact = flat.search(queries, k)
    tenth = scores[:, -1] - 1e-3
    lines = [
        f"{folder.name}: {len(passages)} passages, {spec.kind} index; exact search "
        f"{flat_ms:.2f} ms a query; {len(queries)} probes"
    ]
    if spec.kind != "hnsw":
        return lines
    index = faiss.read_index(str(build / layout.PASSAGES))
    if graph is not None:  # another graph over the same vectors: M, efConstruction
        other = dense.DenseSpec("hnsw", graph[0], graph[1], spec.ef_search)
        started = time.perf_counter()
        faiss.omp_set_num_threads(os.cpu_count() or 1)  # building uses every core
        index = dense.make(other, passages)
        faiss.omp_set_num_threads(1)
        lines.append(
            f"  a graph built here with M {graph[0]}, efConstruction {graph[1]} "
            f"({time.perf_counter() - started:.0f} s to build):"
        )
        spec = other
    for ef in efs:
        index.hnsw.efSearch = ef
        started = time.perf_counter()
        found = [index.search(q[None, :], k)[1][0] for q in queries]
        ms = (time.perf_counter() - started) * 1000 / len(queries)
        hits = sum(
            len(set(e.tolist()) & set(f.tolist())) for e, f in zip(exact, found, strict=True)
        )
        near = sum(
            int(np.sum(passages[f[f >= 0]] @ q >= t))
            for q, f, t in zip(queries, found, tenth, strict=True)
        )
        mark = " (the build's setting)" if ef == spec.ef_search else ""
        lines.append(
            f"  efSearch {ef}: recall@10 {hits / (k * len(queries)):.4f}, within 0.001 of "
            f"exact's 10th {near / (k * len(queries)):.4f}, {ms:.2f} ms a query{mark}"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description="HNSW recall@10 and cost against efSearch")
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--ef", default="64,128,256,512,1024")
    parser.add_argument("--probes", type=int, default=300)
    parser.add_argument("--graph", help="M,efConstruction: sweep a graph built here instead")
    args = parser.parse_args()
    import faiss

    faiss.omp_set_num_threads(1)
    efs = [int(e) for e in args.ef.split(",")]
    for folder in args.folders:
        graph = tuple(int(v) for v in args.graph.split(",")) if args.graph else None
        for line in sweep(folder, efs, args.probes, graph=graph):  # type: ignore[arg-type]
            print(line, flush=True)


if __name__ == "__main__":
    main()
