"""One bad corpus file is skipped with its reason; the build goes on with the others."""

from __future__ import annotations

import os
from pathlib import Path

from bot.indexing.builder import build, describe
from bot.ingest.loaders import load_outline
from bot.retrieval.knowledge import Knowledge
from bot.settings import Settings

NOTE = (
    "Dev Day Notes\n\nThursday 14 March 2019\n\nCaching - Jane Smith - @jsmith\n\n"
    "  • Redis holds 1 million keys per node.\n"
)


def test_empty_binary_oversized_and_fake_files_are_skipped_and_named(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "devday.md").write_text(NOTE)
    (corpus / "empty.txt").write_text("")
    (corpus / "blank.md").write_text("  \n\n\t")
    (corpus / "random.txt").write_bytes(os.urandom(4096))
    (corpus / "huge.txt").write_text("word " * 300_000)  # 1.5 MB against a 1 MB limit
    (corpus / "fake.pdf").write_text("not really a pdf")
    settings = Settings(
        corpus_dir=corpus,
        index_dir=tmp_path / "index",
        max_note_mb=1,
        embed_backend="hash",
        _env_file=None,
    )
    report = build(settings, progress=False)
    assert report.files == 1 and report.embedded_files == ["devday.md"]
    reasons = dict(r.split(": ", 1) for r in report.bad_files)
    assert set(reasons) == {"empty.txt", "blank.md", "random.txt", "huge.txt", "fake.pdf"}
    assert reasons["empty.txt"].startswith("empty") and "limit" in reasons["huge.txt"]
    assert "skipped random.txt" in describe(report)
    knowledge = Knowledge.load(settings)
    assert set(knowledge.documents) == {"devday.md"}
    assert not any("\ufffd" in d.conference for d in knowledge.documents.values())


def test_text_with_a_few_odd_bytes_is_still_a_note(tmp_path: Path) -> None:
    note = tmp_path / "latin.txt"
    note.write_bytes(NOTE.encode() + b"caf\xe9 au lait\n")
    assert "café au lait" in load_outline(note).text
