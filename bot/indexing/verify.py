"""Check a build before anything serves it: one line naming what is wrong, never a traceback.

A server calls `verify_build` before it loads a build and again on every new one it
sees, so a build whose files disagree (a FAISS file with other rows, a truncated
vector file, a corrupt database) is refused while the previous build keeps serving.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import time
import zipfile
from pathlib import Path

import numpy as np

from bot.errors import BotError
from bot.indexing import layout
from bot.onnx_export import CONFIG_FILE, MODEL_FILE


class IndexInvalid(BotError):
    """A build failed verification: it is not served, and the reason fits on one line."""


def read_manifest(build: Path) -> dict[str, object]:
    try:
        data = json.loads((build / layout.MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise IndexInvalid(f"{build.name}: no {layout.MANIFEST}") from None
    except (OSError, ValueError) as exc:
        raise IndexInvalid(f"{build.name}: unreadable {layout.MANIFEST} ({exc})") from None
    if not isinstance(data, dict):
        raise IndexInvalid(f"{build.name}: {layout.MANIFEST} is not a JSON object")
    return data


def _count(manifest: dict[str, object], key: str, build: Path) -> int:
    value = manifest.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise IndexInvalid(f"{build.name}: manifest has no valid {key!r}")
    return value


def verify_build(build: Path, model: str, onnx: bool, sums: bool = True) -> dict[str, object]:
    """The build's manifest, once format, model, checksums, row counts and dimensions agree.

    `sums=False` skips re-reading every file for its checksum: for the builder, which has
    just computed them from the same files."""
    if not build.is_dir():
        raise IndexInvalid(f"no build at {build}: run `bot index`")
    manifest = read_manifest(build)
    if manifest.get("format_version") != layout.FORMAT_VERSION:
        raise IndexInvalid(
            f"{build.name}: format {manifest.get('format_version')!r}, this server reads "
            f"{layout.FORMAT_VERSION}: run `bot index --rebuild`"
        )
    if manifest.get("model") != model:
        raise IndexInvalid(
            f"{build.name}: built with model {manifest.get('model')!r}, settings ask for "
            f"{model!r}: run `bot index --rebuild`"
        )
    dim = _count(manifest, "dim", build)
    passages = _count(manifest, "passages", build)
    sentences = _count(manifest, "sentences", build)
    seen = _unchanged_since_verified(build)
    if sums and not seen:
        _check_sums(build, manifest)
    _check_store(build / layout.STORE, passages, sentences, quick_check=not seen)
    _check_dense(build / layout.PASSAGES, manifest.get("dense_index"), passages, dim)
    _check_matrix(build / layout.PASSAGE_VECTORS, passages, dim)
    _check_matrix(build / layout.SENTENCES, sentences, dim)
    _check_postings(build / layout.POSTINGS, passages)
    if onnx:
        _check_onnx(build / layout.ONNX_DIR, dim)
    if sums and not seen:
        _remember_verified(build)
    return manifest


VERIFIED = "verified.json"  # what the files looked like when their checksums last agreed
_WATCHED = (
    layout.STORE,
    layout.PASSAGES,
    layout.PASSAGE_VECTORS,
    layout.SENTENCES,
    layout.POSTINGS,
)


def _signature(build: Path) -> dict[str, list[int]]:
    """Size, modification time and inode of the build's data files: a file rewritten or
    replaced since its checksum was read changes at least one of them."""
    out = {}
    for name in _WATCHED:
        if (build / name).exists() or name != layout.POSTINGS:  # older builds have none
            st = (build / name).stat()
            out[name] = [st.st_size, st.st_mtime_ns, st.st_ino]
    return out


def _unchanged_since_verified(build: Path) -> bool:
    """Whether a full verification of these very files already passed: then re-reading
    a gigabyte of them at every start (seconds at a hundred times our notes) is skipped,
    as git skips rehashing files whose stat has not changed."""
    try:
        return bool(json.loads((build / VERIFIED).read_text()) == _signature(build))
    except (OSError, ValueError):
        return False


RACY_SECONDS = 2.0


def _remember_verified(build: Path) -> None:
    """Remember the files' stat, unless one was written so recently that a change within
    the clock's resolution could leave its stat as it is (git's "racy" files)."""
    with contextlib.suppress(OSError):  # a read-only index is verified in full every start
        signature = _signature(build)
        if any(time.time_ns() - mtime < RACY_SECONDS * 1e9 for _, mtime, _ in signature.values()):
            return
        (build / VERIFIED).write_text(json.dumps(signature))


def _check_sums(build: Path, manifest: dict[str, object]) -> None:
    recorded = manifest.get("checksums")
    if not isinstance(recorded, dict) or not recorded:
        raise IndexInvalid(f"{build.name}: no checksums in the manifest: run `bot index --rebuild`")
    for name in (layout.STORE, layout.PASSAGES, layout.PASSAGE_VECTORS, layout.SENTENCES):
        if name not in recorded:
            raise IndexInvalid(f"{build.name}: {name} is not in the manifest's checksums")
    for name, expected in recorded.items():
        path = build / str(name)
        if not isinstance(expected, dict) or not path.is_file():
            raise IndexInvalid(f"{build.name}: {name} is missing")
        if path.stat().st_size != expected.get("bytes"):
            raise IndexInvalid(
                f"{build.name}: {name} has {path.stat().st_size} bytes, "
                f"the manifest says {expected.get('bytes')}"
            )
        if layout.file_digest(path) != expected.get("sha256"):
            raise IndexInvalid(f"{build.name}: {name} does not match its checksum")


def _check_store(path: Path, passages: int, sentences: int, quick_check: bool = True) -> None:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            if quick_check and conn.execute("PRAGMA quick_check").fetchone() != ("ok",):
                raise IndexInvalid(f"{path.parent.name}: {path.name} fails its integrity check")
            rows, low, high, said = conn.execute(
                "SELECT count(*), min(id), max(id), "
                "coalesce(sum(json_array_length(sentences)), 0) FROM passages"
            ).fetchone()
            fts = conn.execute("SELECT count(*) FROM passages_fts").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise IndexInvalid(f"{path.parent.name}: {path.name} is unreadable ({exc})") from None
    if rows != passages or fts != passages:
        raise IndexInvalid(
            f"{path.parent.name}: {path.name} has {rows} passages ({fts} searchable), "
            f"the manifest says {passages}"
        )
    if rows and (low, high) != (0, rows - 1):
        raise IndexInvalid(f"{path.parent.name}: passage ids are not 0..{rows - 1}")
    if said != sentences:
        raise IndexInvalid(
            f"{path.parent.name}: {path.name} has {said} sentences, the manifest says {sentences}"
        )


# Index kinds whose files start with the common header: fourcc, d (int32), ntotal (int64).
_HEADER_FOURCC = {b"IxFI", b"IxF2", b"IHNf", b"IwFl"}


def _dense_shape(path: Path, entry: object) -> tuple[int, int]:
    """(rows, dimension) of the dense index file. For the FAISS kinds we write, from the
    header alone: the checksum already vouches for the rest, and a server reads the file
    again to load it (a 100x graph is hundreds of MB). Other kinds are loaded."""
    from bot.indexing import dense

    with path.open("rb") as handle:
        head = handle.read(16)
    if len(head) == 16 and head[:4] in _HEADER_FOURCC:
        return int.from_bytes(head[8:16], "little"), int.from_bytes(head[4:8], "little")
    index = dense.load(path, dense.DenseSpec.from_manifest(entry))
    return len(index), index.dim


def _check_dense(path: Path, entry: object, rows: int, dim: int) -> None:
    try:
        found_rows, found_dim = _dense_shape(path, entry)
    except (RuntimeError, OSError, ValueError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else "unreadable"
        raise IndexInvalid(f"{path.parent.name}: {path.name} is unreadable ({first})") from None
    if (found_rows, found_dim) != (rows, dim):
        raise IndexInvalid(
            f"{path.parent.name}: {path.name} holds {found_rows} vectors of {found_dim} "
            f"dimensions, the manifest says {rows} of {dim}"
        )


def _check_postings(path: Path, passages: int) -> None:
    """The BM25 postings, when the build has them, count the store's rows."""
    if not path.exists():
        return
    try:
        with np.load(path, allow_pickle=False) as data:
            rows = int(data["rows"])
    except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
        raise IndexInvalid(f"{path.parent.name}: {path.name} is unreadable: {exc}") from exc
    if rows != passages:
        raise IndexInvalid(
            f"{path.parent.name}: {path.name} holds {rows} rows, the store {passages}: "
            "run `bot index --rebuild`"
        )


def _check_matrix(path: Path, rows: int, dim: int) -> None:
    try:
        matrix = np.load(path, mmap_mode="r", allow_pickle=False)
    except (OSError, ValueError) as exc:
        raise IndexInvalid(f"{path.parent.name}: {path.name} is unreadable ({exc})") from None
    if matrix.shape != (rows, dim) or matrix.dtype != layout.VECTOR_DTYPE:
        raise IndexInvalid(
            f"{path.parent.name}: {path.name} is {matrix.dtype} {matrix.shape}, "
            f"the manifest says {np.dtype(layout.VECTOR_DTYPE)} ({rows}, {dim})"
        )


def _check_onnx(folder: Path, dim: int) -> None:
    if not (folder / MODEL_FILE).is_file():
        raise IndexInvalid(f"{folder.parent.name}: no ONNX model: run `bot index --rebuild`")
    try:
        config = json.loads((folder / CONFIG_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise IndexInvalid(f"{folder.parent.name}: unreadable ONNX config ({exc})") from None
    if not isinstance(config, dict) or config.get("dim") != dim:
        raise IndexInvalid(f"{folder.parent.name}: the ONNX model's dimension is not {dim}")
