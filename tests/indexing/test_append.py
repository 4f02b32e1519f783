"""Adding a note extends the last build instead of rebuilding it, with the same result."""

from __future__ import annotations

import math
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from bot.indexing import layout
from bot.indexing.builder import build
from bot.retrieval.knowledge import Knowledge
from bot.settings import Settings
from bot.text import stem

NOTE = "{event}\n\nThursday 14 March 2019\n\nCaching - {who} - @handle\n\n  • {fact}\n"


def note(event: str, who: str, fact: str) -> str:
    return NOTE.format(event=event, who=who, fact=fact)


@pytest.fixture()
def corpus(tmp_path: Path) -> Settings:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "devday.md").write_text(note("Dev Day Notes", "Jane Smith", "Redis holds keys."))
    (folder / "opsday.md").write_text(note("Ops Day Notes", "Ann Lee", "Kafka keeps logs."))
    return Settings(
        corpus_dir=folder, index_dir=tmp_path / "index", embed_backend="hash", _env_file=None
    )


def rows(settings: Settings) -> list[tuple]:
    conn = sqlite3.connect(layout.current_dir(settings.index_dir) / layout.STORE)
    try:
        return sorted(conn.execute("SELECT source, position, text, sentences FROM passages"))
    finally:
        conn.close()


def test_a_new_note_is_appended_and_searchable_like_in_a_full_build(
    corpus: Settings, tmp_path: Path
) -> None:
    build(corpus, progress=False)
    (corpus.corpus_dir / "zday.md").write_text(note("Z Day Notes", "Bo Chan", "Kinesis shards."))
    added = build(corpus, progress=False)
    assert added.mode == "append" and added.embedded_files == ["zday.md"]
    appended = Knowledge.load(corpus)
    full = corpus.model_copy(update={"index_dir": tmp_path / "full"})
    assert build(full, progress=False).mode == "full"
    assert rows(corpus) == rows(full)
    rebuilt = Knowledge.load(full)
    assert appended.people == rebuilt.people and len(appended.passages) == len(rebuilt.passages)
    # the corpus-wide counts are each note's share added up: the same either way, and
    # a word of one passage has that passage's idf
    assert appended.idf == rebuilt.idf and appended.words == rebuilt.words
    n = len(appended.passages)
    assert appended.term_idf(stem("kinesis")) == pytest.approx(math.log(1 + n / 1))
    assert appended.words["kinesis"] == 1 and "kinesis" not in appended.lower_words
    assert "shards" in appended.lower_words and appended.lower_words == rebuilt.lower_words
    qvec = appended.embed("Kinesis shards")
    found = appended.search(["kinesis", "shards"], qvec, k=1)[0]
    assert appended.passages[found.passage_id].source == "zday.md"
    p = appended.passages[found.passage_id]
    same = next(q.id for q in rebuilt.passages if (q.source, q.position) == (p.source, p.position))
    assert np.allclose(appended.passage_vector(p.id), rebuilt.passage_vector(same))
    start = p.sent_start
    assert np.allclose(appended.sentence_vectors[start], rebuilt.sentence_vectors[
        rebuilt.passages[same].sent_start
    ])  # fmt: skip


def test_a_changed_note_means_a_full_build(corpus: Settings) -> None:
    build(corpus, progress=False)
    (corpus.corpus_dir / "devday.md").write_text(note("Dev Day Notes", "Jane Smith", "Valkey."))
    assert build(corpus, progress=False).mode == "full"
    assert any("Valkey" in r[2] for r in rows(corpus))
