"""Recipe: add a vector store (docs/architecture.md). Done once here: a plain numpy matrix
as the dense index, registered as a kind, built with `dense_index="numpy"`, served."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bot.engine import Engine
from bot.errors import IndexIncompatible
from bot.indexing import dense
from bot.indexing.builder import build
from bot.turns import DialogueState, TurnInput


class NumpyIndex:
    """Exact inner-product search over a matrix held in memory, saved as .npy."""

    def __init__(self, dim: int, matrix: np.ndarray | None = None) -> None:
        self.matrix = matrix if matrix is not None else np.zeros((0, dim), dtype=np.float32)

    @property
    def exact(self) -> bool:
        return True

    @property
    def dim(self) -> int:
        return int(self.matrix.shape[1])

    def __len__(self) -> int:
        return len(self.matrix)

    def add(self, vectors: np.ndarray) -> None:
        self.matrix = np.vstack([self.matrix, np.asarray(vectors, dtype=np.float32)])

    def search(
        self, query: np.ndarray, k: int, allowed: np.ndarray | None = None
    ) -> tuple[list[int], list[float]]:
        scores = self.matrix @ query.astype(np.float32)
        if allowed is not None:
            scores = np.where(allowed, scores, -np.inf)
        top = [int(i) for i in np.argsort(-scores, kind="stable")[:k] if scores[i] > -np.inf]
        return top, [float(scores[i]) for i in top]

    def save(self, path: Path) -> None:
        with path.open("wb") as handle:  # the build's file name, not np.save's own suffix
            np.save(handle, self.matrix)


def _load(path: Path, spec: dense.DenseSpec) -> NumpyIndex:
    with path.open("rb") as handle:
        matrix = np.load(handle)
    return NumpyIndex(matrix.shape[1], matrix)


@pytest.fixture
def numpy_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    kind = dense.Kind(make=lambda spec, dim: NumpyIndex(dim), load=_load)
    monkeypatch.setitem(dense.KINDS, "numpy", kind)  # what dense.register("numpy", kind) does


def _answer(engine: Engine, text: str) -> tuple[str, list[str]]:
    reply = engine.turn(TurnInput(text=text, state=DialogueState())).reply
    return reply.answer, [c.source for c in reply.citations]


def test_a_registered_kind_is_built_verified_and_served_like_faiss(
    numpy_kind: None, fast_settings, fast_engine, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    settings = fast_settings.model_copy(
        update={"index_dir": tmp_path / "index", "dense_index": "numpy"}
    )
    report = build(settings, progress=False)
    assert report.dense["kind"] == "numpy"
    engine = Engine.load(settings)  # the build is verified before it is loaded
    assert isinstance(engine.knowledge.dense_index, NumpyIndex)
    for question in ("who spoke about sidecarless service mesh?", "what is rds proxy for?"):
        assert _answer(engine, question) == _answer(fast_engine, question)  # exact either way


def test_an_unknown_kind_is_refused_before_anything_is_built(fast_settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = fast_settings.model_copy(update={"index_dir": tmp_path, "dense_index": "annoy"})
    with pytest.raises(IndexIncompatible, match="annoy"):
        build(settings, progress=False)
    assert not any(tmp_path.iterdir())
