"""Where index files live, and the atomic swap between versions.

`index/current` is a symlink to one build folder; a new build is written to a
fresh folder and the link is replaced in one rename, so readers only ever see a
complete index.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from pathlib import Path

import numpy as np

FORMAT_VERSION = 2
STORE = "store.sqlite"
PASSAGES = "passages.faiss"
SENTENCES = "sentences.npy"
MANIFEST = "manifest.json"
ONNX_DIR = "onnx"
CURRENT = "current"
BUILDS = "builds"


def ingest_version() -> str:
    """A hash of the ingestion code: changing how notes are cleaned or cut invalidates the index."""
    root = Path(__file__).resolve().parent.parent / "ingest"
    digest = hashlib.sha256()
    for path in sorted(root.glob("*.py")):
        digest.update(path.read_bytes())
    digest.update(Path(__file__).with_name("builder.py").read_bytes())
    digest.update(Path(__file__).resolve().parent.parent.joinpath("lexicon.yaml").read_bytes())
    return digest.hexdigest()[:16]


def current_dir(index_dir: Path) -> Path:
    return index_dir / CURRENT


def read_manifest(index_dir: Path) -> dict[str, object] | None:
    path = current_dir(index_dir) / MANIFEST
    if not path.exists():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def write_manifest(target: Path, data: dict[str, object]) -> None:
    (target / MANIFEST).write_text(json.dumps(data, indent=2), encoding="utf-8")


def new_build_dir(index_dir: Path) -> Path:
    builds = index_dir / BUILDS
    builds.mkdir(parents=True, exist_ok=True)
    target = (
        builds / f"{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}-{time.perf_counter_ns() % 10**6}"
    )
    target.mkdir()
    return target


def write_vectors(target: Path, passages: np.ndarray, sentences: np.ndarray) -> None:
    import faiss

    index = faiss.IndexFlatIP(passages.shape[1])
    index.add(passages)
    faiss.write_index(index, str(target / PASSAGES))
    np.save(target / SENTENCES, sentences)


def activate(index_dir: Path, target: Path) -> None:
    """Point `current` at the new build in one atomic rename, then drop old builds."""
    link = current_dir(index_dir)
    tmp = index_dir / f".current-{os.getpid()}"
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    tmp.symlink_to(Path(BUILDS) / target.name)
    previous = link.resolve() if link.is_symlink() else None
    os.replace(tmp, link)
    for old in (index_dir / BUILDS).iterdir():
        if old.name not in {target.name, previous.name if previous else ""}:
            shutil.rmtree(old, ignore_errors=True)
