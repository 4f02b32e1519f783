"""Index-time work spread over the machine's cores: parsing notes and embedding texts.

Both are CPU-bound and independent per file (parsing) or per text (embedding), so a
pool of processes, one per core, does them side by side. Each embedding worker runs the
ONNX model with one thread: on a small model, two single-threaded processes keep two
cores busier than one process with two threads, which waits on itself between layers.
Small jobs (one new note) stay in this process: starting workers would cost more than
the work.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import TypeVar

import numpy as np

from bot.embedding import Embedder
from bot.errors import CorpusError
from bot.ingest.pipeline import ParsedFile, parse_file

CHUNK = 512  # texts per task: big enough to sort by length, small enough for a live ETA
POOL_TEXTS = 4 * CHUNK  # fewer texts than this are embedded in this process
POOL_FILES = 4  # fewer files to parse than this are parsed in this process

T = TypeVar("T")


def default_workers() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _pool(
    workers: int, init: Callable[..., None] | None = None, *args: object
) -> ProcessPoolExecutor:
    # spawn, not fork: the parent may hold onnxruntime or torch threads, which fork copies
    # in whatever state they are in.
    return ProcessPoolExecutor(
        workers,
        get_context("spawn"),
        initializer=init,
        initargs=args,  # type: ignore[arg-type]
    )


# ---- parsing -------------------------------------------------------------------------------
ParseJob = tuple[Path, dict[str, object], str, int]  # path, manifest entry, source, max bytes


def _parse(job: ParseJob) -> ParsedFile | CorpusError:
    try:
        return parse_file(*job)
    except CorpusError as exc:  # a bad file is reported, the others go on
        return exc


def parse_many(
    jobs: list[ParseJob], workers: int
) -> Iterator[tuple[ParseJob, ParsedFile | CorpusError]]:
    """Each job's parse (or its CorpusError), in the order the parses finish."""
    if workers <= 1 or len(jobs) < POOL_FILES:
        for job in jobs:
            yield job, _parse(job)
        return
    # the biggest files first, so the last task to finish is a small one
    order = sorted(jobs, key=lambda j: -j[0].stat().st_size)
    with _pool(min(workers, len(jobs))) as pool:
        futures = {pool.submit(_parse, job): job for job in order}
        for future in _completed(futures):
            yield futures[future], future.result()


def _completed(futures: Mapping[Future[T], object]) -> Iterator[Future[T]]:
    from concurrent.futures import as_completed

    yield from as_completed(futures)


# ---- embedding -----------------------------------------------------------------------------
_worker_embedder: Embedder | None = None


def _init_onnx(folder: str) -> None:
    global _worker_embedder
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from bot.onnx_embedder import OnnxEmbedder

    _worker_embedder = OnnxEmbedder(Path(folder), threads=1).load()


def _embed_chunk(texts: list[str]) -> np.ndarray:
    assert _worker_embedder is not None
    return _worker_embedder.encode(texts, batch_size=CHUNK)


def embed_many(
    texts: list[str],
    embedder: Embedder,
    onnx_folder: Path | None,
    workers: int,
    progress: bool,
) -> np.ndarray:
    """Vectors for every text, in order, behind one progress bar with its ETA.

    With an exported ONNX model and enough texts, chunks go to one worker process per
    core; otherwise `embedder` encodes them here. Texts are grouped by length first, so
    a batch pads little (padding is most of the cost of a mixed batch)."""
    from tqdm import tqdm

    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    out = np.zeros((len(texts), embedder.dim), dtype=np.float32)
    chunks = [order[i : i + CHUNK] for i in range(0, len(order), CHUNK)]
    bar = tqdm(
        total=len(texts), unit="text", desc="embedding", disable=not progress, file=sys.stderr,
        smoothing=0.05,
    )  # fmt: skip
    with bar:
        if onnx_folder is None or workers <= 1 or len(texts) < POOL_TEXTS:
            for rows in chunks:
                out[rows] = embedder.encode([texts[i] for i in rows], batch_size=CHUNK)
                bar.update(len(rows))
            return out
        with _pool(workers, _init_onnx, str(onnx_folder)) as pool:
            futures = {pool.submit(_embed_chunk, [texts[i] for i in rows]): rows for rows in chunks}
            for future in _completed(futures):
                rows = futures[future]
                out[rows] = future.result()
                bar.update(len(rows))
    return out
