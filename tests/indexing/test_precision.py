"""int8 embedding weights: a different index model, vectors close to float32's."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from bot.errors import IndexIncompatible
from bot.indexing import layout
from bot.indexing.builder import index_model
from bot.onnx_embedder import OnnxEmbedder
from bot.onnx_export import MODEL_FILE, quantize_int8
from bot.retrieval.knowledge import Knowledge
from bot.settings import Settings


def test_int8_is_another_model_so_a_float32_index_is_refused(settings: Settings) -> None:
    int8 = settings.model_copy(update={"embed_precision": "int8"})
    assert index_model(int8) != index_model(settings)
    with pytest.raises(IndexIncompatible):
        Knowledge.load(int8)


def test_int8_vectors_agree_with_float32(settings: Settings, tmp_path: Path) -> None:
    exported = layout.current_dir(settings.index_dir) / layout.ONNX_DIR
    folder = tmp_path / "int8"
    shutil.copytree(exported, folder)
    quantize_int8(folder)
    assert (folder / MODEL_FILE).stat().st_size < 0.4 * (exported / MODEL_FILE).stat().st_size
    texts = [
        f"{a} {b}"
        for a in ("Lambda functions", "An S3 bucket", "The keynote", "Chaos engineering")
        for b in ("time out after five minutes.", "replicate across regions.", "was packed.")
    ]
    full = OnnxEmbedder(exported, threads=1).load().encode(texts)
    small = OnnxEmbedder(folder, threads=1).load().encode(texts)
    cosine = (full * small).sum(1) / np.linalg.norm(full, axis=1) / np.linalg.norm(small, axis=1)
    assert cosine.min() > 0.95
    # the quantised model still tells texts apart as float32 does: same nearest neighbours
    assert ((full @ full.T).argsort(1)[:, -2] == (small @ small.T).argsort(1)[:, -2]).mean() > 0.8
