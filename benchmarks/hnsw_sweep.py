"""The HNSW index's recall@10 against exact search, and its cost, as efSearch grows, on
builds made by `make bench-scale`. Not a test: it prints figures.

    python benchmarks/hnsw_sweep.py /tmp/bot-scale/10x /tmp/bot-scale/100x [--ef 128,256,512]

The probes are the ones a build measures itself with (sentence vectors: text like a
question's, near the passages but not one of them). Exact search over the same float16
vectors is timed beside it, one thread each, so the two costs compare.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def sweep(folder: Path, efs: list[int], probes: int, k: int = 10) -> list[str]:
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
    _, exact = flat.search(queries, k)
    lines = [
        f"{folder.name}: {len(passages)} passages, {spec.kind} index; exact search "
        f"{flat_ms:.2f} ms a query; {len(queries)} probes"
    ]
    if spec.kind != "hnsw":
        return lines
    index = faiss.read_index(str(build / layout.PASSAGES))
    for ef in efs:
        index.hnsw.efSearch = ef
        started = time.perf_counter()
        found = [index.search(q[None, :], k)[1][0] for q in queries]
        ms = (time.perf_counter() - started) * 1000 / len(queries)
        hits = sum(
            len(set(e.tolist()) & set(f.tolist())) for e, f in zip(exact, found, strict=True)
        )
        mark = " (the build's setting)" if ef == spec.ef_search else ""
        lines.append(
            f"  efSearch {ef}: recall@10 {hits / (k * len(queries)):.4f}, {ms:.2f} ms a query{mark}"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description="HNSW recall@10 and cost against efSearch")
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--ef", default="64,128,256,512,1024")
    parser.add_argument("--probes", type=int, default=300)
    args = parser.parse_args()
    import faiss

    faiss.omp_set_num_threads(1)
    efs = [int(e) for e in args.ef.split(",")]
    for folder in args.folders:
        for line in sweep(folder, efs, args.probes):
            print(line, flush=True)


if __name__ == "__main__":
    main()
