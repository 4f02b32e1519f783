"""Adding notes to a copy of the last build instead of building everything again.

When every note of the current build is still in the corpus, unchanged (same text, same
manifest entry, same ingestion code and model), the new build is the old one plus rows
for the new notes: the store is copied and only the new notes' rows are inserted (FTS5
indexes rows as they are inserted, so nothing is rebuilt), the people table gets only
the new notes' people, and the FAISS index gets only the new vectors. What is left that
grows with the corpus is copying the files themselves. A changed or removed note means
a full build, which renumbers everything.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from bot.indexing import assemble, dense, layout, postings, store
from bot.ingest.pipeline import ParsedFile
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.indexing.builder import BuildReport


@dataclass
class Previous:
    """The build to extend: its folder, its manifest and its notes' keys."""

    folder: Path
    manifest: dict[str, object]
    keys: dict[str, str]


def extendable(settings: Settings, keys: dict[str, str], model: str) -> Previous | None:
    """The current build, if the corpus only gained notes since it was made."""
    folder = layout.resolve_current(settings.index_dir)
    manifest = layout.read_manifest(settings.index_dir)
    if folder is None or not manifest or not manifest.get("checksums"):
        return None
    same = (
        manifest.get("format_version") == layout.FORMAT_VERSION
        and manifest.get("ingest_version") == layout.ingest_version()
        and manifest.get("model") == model
    )
    old = manifest.get("entries")
    if not same or not isinstance(old, dict) or not old:
        return None
    if any(keys.get(source) != key for source, key in old.items()) or set(keys) == set(old):
        return None
    return Previous(folder, manifest, {str(s): str(k) for s, k in old.items()})


def extend(
    previous: Previous,
    target: Path,
    parsed: list[ParsedFile],
    vectors: list[tuple[np.ndarray, np.ndarray]],
    report: BuildReport,
    kind: str = "auto",
) -> None:
    """Write into `target` the previous build with the new notes' rows after its own."""
    shutil.copyfile(previous.folder / layout.STORE, target / layout.STORE)
    conn = sqlite3.connect(target / layout.STORE)
    try:
        at = assemble.Offsets(*store.counts(conn))
        for f in parsed:
            assemble.write_file(conn, f, at)
        people, speakers = assemble.people_of(parsed)
        store.write_people(conn, people, speakers)
        conn.commit()
        report.files = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        report.talks = conn.execute(
            "SELECT count(*) FROM sections WHERE is_talk AND title IS NOT NULL AND title != ''"
        ).fetchone()[0]
        report.speakers = conn.execute("SELECT count(*) FROM people WHERE is_speaker").fetchone()[0]
    finally:
        conn.close()
    report.passages, report.sentences = at.passage, at.sentence
    _extend_postings(previous.folder / layout.POSTINGS, target)
    new_p = [v[0] for v in vectors if v[0].size]
    new_s = [v[1] for v in vectors if v[1].size]
    passages = _append_matrix(previous.folder / layout.PASSAGE_VECTORS, new_p, target)
    sentences = _append_matrix(previous.folder / layout.SENTENCES, new_s, target)
    report.dense = _extend_dense(previous, target, passages, sentences, new_p, kind)


def _extend_postings(old_path: Path, target: Path) -> None:
    """The last build's BM25 postings with the new rows' added (all made afresh when the
    last build had none)."""
    old = postings.Postings.load(old_path) if old_path.exists() else None
    if old is None:
        made = postings.from_store(target / layout.STORE)
    else:
        made = postings.extended(old, target / layout.STORE, after=len(old.lengths) - 1)
    made.save(target / layout.POSTINGS)


def _append_matrix(old_path: Path, parts: list[np.ndarray], target: Path) -> np.ndarray:
    """The old float16 rows and the new ones in one file of the same name in `target`."""
    old = np.load(old_path, mmap_mode="r")
    rows = len(old) + sum(len(p) for p in parts)
    out = np.lib.format.open_memmap(
        target / old_path.name, mode="w+", dtype=layout.VECTOR_DTYPE, shape=(rows, old.shape[1])
    )
    out[: len(old)] = old
    start = len(old)
    for part in parts:
        out[start : start + len(part)] = part.astype(layout.VECTOR_DTYPE)
        start += len(part)
    out.flush()
    return out


def _extend_dense(
    previous: Previous,
    target: Path,
    passages: np.ndarray,
    sentences: np.ndarray,
    new: list[np.ndarray],
    kind: str,
) -> dict[str, object]:
    """The previous dense index with the new rows added, or a new one when the corpus has
    grown past the size its kind (or its number of IVF clusters) was chosen for."""
    old_entry = previous.manifest.get("dense_index")
    old_spec = dense.DenseSpec.from_manifest(old_entry)
    spec = dense.choose(len(passages), kind=kind)
    if spec.kind == old_spec.kind and spec.nlist <= 2 * old_spec.nlist:
        index = dense.load(previous.folder / layout.PASSAGES, old_spec)
        for part in new:
            dense.add(index, part)
        index.save(target / layout.PASSAGES)
        entry = dict(old_entry) if isinstance(old_entry, dict) else old_spec.as_manifest()
        return entry
    index, entry = dense.build(
        spec, np.asarray(passages, dtype=np.float32), np.asarray(sentences, dtype=np.float32)
    )
    index.save(target / layout.PASSAGES)
    return entry
