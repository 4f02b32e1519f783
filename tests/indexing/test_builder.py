"""Index builds: incremental, atomic, and refused when built with another model."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.errors import CorpusError, IndexIncompatible, IndexMissing
from bot.indexing import layout
from bot.indexing.builder import build
from bot.retrieval.knowledge import Knowledge
from bot.settings import Settings

NOTE = "Dev Day Notes\n\nThursday 14 March 2019\n\nCaching - Jane Smith - @jsmith\n\n  • Redis holds 1 million keys per node.\n"  # noqa: E501


@pytest.fixture()
def small(tmp_path: Path) -> Settings:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "devday.md").write_text(NOTE)
    # The stand-in embedder: these tests are about builds, not about vectors.
    return Settings(
        corpus_dir=corpus, index_dir=tmp_path / "index", embed_backend="hash", _env_file=None
    )


def test_unchanged_corpus_is_a_no_op_and_changes_reuse_embeddings(small: Settings) -> None:
    first = build(small, progress=False)
    assert first.embedded_files == ["devday.md"]
    assert build(small, progress=False).skipped
    (small.corpus_dir / "second.md").write_text(NOTE.replace("Redis", "Memcached"))
    third = build(small, progress=False)
    assert third.reused_files == ["devday.md"] and third.embedded_files == ["second.md"]


def test_a_bad_file_is_skipped_and_a_failed_build_leaves_the_old_index(small: Settings) -> None:
    build(small, progress=False)
    before = (small.index_dir / "current").resolve()
    (small.corpus_dir / "broken.pdf").write_bytes(b"%PDF-1.4 not really a pdf")
    report = build(small, progress=False)  # one bad file: skipped, named, the rest indexed
    assert [line.split(":")[0] for line in report.bad_files] == ["broken.pdf"]
    assert report.files >= 1 and (small.index_dir / "current").resolve() != before
    before = (small.index_dir / "current").resolve()
    for note in small.corpus_dir.glob("*.md"):
        note.unlink()  # nothing readable left: the build fails and the old index stays
    with pytest.raises(CorpusError):
        build(small, progress=False)
    assert (small.index_dir / "current").resolve() == before
    assert Knowledge.load(small).passages


def test_server_refuses_a_missing_or_foreign_index(small: Settings, tmp_path: Path) -> None:
    with pytest.raises(IndexMissing):
        Knowledge.load(small.model_copy(update={"index_dir": tmp_path / "nothing"}))
    build(small, progress=False)
    with pytest.raises(IndexIncompatible):
        Knowledge.load(small.model_copy(update={"embed_backend": "onnx"}))  # the real model
    manifest = layout.read_manifest(small.index_dir)
    assert manifest and manifest["model"] == "hash-384" and manifest["dim"] == 384
    shutil.rmtree(small.index_dir)
