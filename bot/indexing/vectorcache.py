"""Vectors per note, kept between builds: a note whose text, ingestion code and model are
unchanged is never embedded again. The rest is embedded in one pass, each distinct text
once (a sentence repeated across notes costs one run of the model)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

import numpy as np

from bot.indexing import layout
from bot.ingest.pipeline import ParsedFile

FileVectors = tuple[np.ndarray, np.ndarray]  # passages, sentences
Encode = Callable[[list[str]], np.ndarray]


def key(*parts: str) -> str:
    return hashlib.sha256(":".join(parts).encode()).hexdigest()[:32]


def _path(cache_dir: Path, f: ParsedFile, model: str) -> Path:
    return cache_dir / f"{key(f.sha256, f.source, layout.ingest_version(), model)}.npz"


def vectors_for(
    files: list[tuple[ParsedFile, list[str], list[str]]],
    encode: Encode,
    model: str,
    cache_dir: Path,
    rebuild: bool,
) -> tuple[list[FileVectors], list[str], list[str], int]:
    """Per file (passage texts, sentences): its vectors, in order. Also returns the files
    embedded, the files reused and how many distinct texts went through the model."""
    out: list[FileVectors | None] = []
    todo: list[int] = []
    embedded: list[str] = []
    reused: list[str] = []
    for n, (f, texts, sentences) in enumerate(files):
        cache = _path(cache_dir, f, model)
        if cache.exists() and not rebuild:
            with np.load(cache) as data:
                found = (data["passages"], data["sentences"])
            if found[0].shape[0] == len(texts) and found[1].shape[0] == len(sentences):
                reused.append(f.source)
                out.append(found)
                continue
        out.append(None)
        todo.append(n)
    distinct: dict[str, int] = {}
    for n in todo:
        for text in files[n][1] + files[n][2]:
            distinct.setdefault(text, len(distinct))
    matrix = encode(list(distinct)) if distinct else np.zeros((0, 0), dtype=np.float32)
    for n in todo:
        f, texts, sentences = files[n]
        p_vec = matrix[[distinct[t] for t in texts]] if texts else _empty(matrix)
        s_vec = matrix[[distinct[t] for t in sentences]] if sentences else _empty(matrix)
        cache = _path(cache_dir, f, model)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp.npz")
        np.savez(tmp, passages=p_vec, sentences=s_vec)
        os.replace(tmp, cache)
        embedded.append(f.source)
        out[n] = (p_vec, s_vec)
    return [v for v in out if v is not None], embedded, reused, len(distinct)


def _empty(matrix: np.ndarray) -> np.ndarray:
    return np.zeros((0, matrix.shape[1]), dtype=np.float32)
