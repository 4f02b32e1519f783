"""Where index files live, and the atomic swap between versions.

`index/current` is a symlink to one build folder; a new build is written to a
fresh folder and the link is replaced in one rename, so readers only ever see a
complete index.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import time
from pathlib import Path
from typing import IO

import numpy as np

FORMAT_VERSION = 4  # 4: each note's word counts in the store (3: float16 vectors beside FAISS)
STORE = "store.sqlite"
PASSAGES = "passages.faiss"
PASSAGE_VECTORS = "passages.npy"  # float16, memory-mapped by servers
SENTENCES = "sentences.npy"  # float16, memory-mapped by servers
POSTINGS = "postings.npz"  # BM25 posting arrays of the store's FTS5 table
VECTOR_DTYPE = np.float16
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
    digest.update(Path(__file__).with_name("texts.py").read_bytes())
    digest.update(Path(__file__).with_name("terms.py").read_bytes())
    digest.update(Path(__file__).resolve().parent.parent.joinpath("text.py").read_bytes())
    digest.update(Path(__file__).resolve().parent.parent.joinpath("lexicon.yaml").read_bytes())
    return digest.hexdigest()[:16]


def current_dir(index_dir: Path) -> Path:
    return index_dir / CURRENT


def read_manifest(index_dir: Path) -> dict[str, object] | None:
    path = current_dir(index_dir) / MANIFEST
    if not path.exists():
        return None
    manifest: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return manifest


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


def write_vectors(
    target: Path, passages: np.ndarray, sentences: np.ndarray, kind: str = "auto"
) -> dict[str, object]:
    """The dense index (its kind chosen by size, or asked for) and both vector files; returns
    the dense index's manifest entry, with its recall@10 against exact search when it is
    not exact."""
    from bot.indexing import dense

    index, entry = dense.build(dense.choose(len(passages), kind=kind), passages, sentences)
    index.save(target / PASSAGES)
    np.save(target / PASSAGE_VECTORS, passages.astype(VECTOR_DTYPE))
    np.save(target / SENTENCES, sentences.astype(VECTOR_DTYPE))
    return entry


def build_files(target: Path) -> list[Path]:
    """Every file a build is made of (the manifest aside), in a stable order."""
    return sorted(
        p for p in target.rglob("*") if p.is_file() and p.relative_to(target).as_posix() != MANIFEST
    )


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def checksums(target: Path) -> dict[str, dict[str, object]]:
    """Size and sha256 of every file, by path inside the build: recorded in the manifest so
    a server can refuse a build whose files were swapped, truncated or mixed up."""
    return {
        p.relative_to(target).as_posix(): {"bytes": p.stat().st_size, "sha256": file_digest(p)}
        for p in build_files(target)
    }


def resolve_current(index_dir: Path) -> Path | None:
    """The build folder `current` points at now (None when there is none)."""
    link = current_dir(index_dir)
    try:
        return (index_dir / os.readlink(link)).resolve()
    except OSError:
        return link.resolve() if link.is_dir() else None


def lease(build: Path) -> IO[bytes]:
    """A shared lock that keeps `build` on disk while a server reads from it; it ends when
    the handle is closed or the process dies, so a crash never pins a build for ever."""
    handle = (build / MANIFEST).open("rb")
    fcntl.flock(handle.fileno(), fcntl.LOCK_SH)
    return handle


def in_use(build: Path) -> bool:
    """Does some process hold a lease on `build`?"""
    try:
        handle = (build / MANIFEST).open("rb")
    except OSError:
        return False
    with handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        return False


def activate(index_dir: Path, target: Path) -> None:
    """Point `current` at the new build in one atomic rename, then drop old builds that
    no server is still reading (the previous one is always kept)."""
    link = current_dir(index_dir)
    tmp = index_dir / f".current-{os.getpid()}"
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    tmp.symlink_to(Path(BUILDS) / target.name)
    previous = link.resolve() if link.is_symlink() else None
    os.replace(tmp, link)
    for old in (index_dir / BUILDS).iterdir():
        if old.name in {target.name, previous.name if previous else ""} or in_use(old):
            continue
        shutil.rmtree(old, ignore_errors=True)
