"""BM25's cost stays bounded when a question uses words most notes use."""

from __future__ import annotations

from pathlib import Path

from bot.indexing import store
from bot.indexing.fts import LexicalIndex


def notes(path: Path, rows: int) -> Path:
    """Every passage says "cloud"; one in ten says "queue"; one says "kinesis"."""
    conn = store.create(path)
    section = store.SectionRow(0, "a.md", 0, "Talk", [], [])
    for pid in range(rows):
        words = ["cloud"] + (["queue"] if pid % 10 == 0 else []) + (["kinesis"] if pid == 7 else [])
        row = store.PassageRow(pid, "a.md", 0, pid, " ".join(words), None, [" ".join(words)], pid)
        store.write_passage(conn, row, section, "Conf")
    conn.commit()
    conn.close()
    return path


def test_common_words_are_left_out_when_the_rows_they_match_exceed_the_budget(
    tmp_path: Path,
) -> None:
    index = LexicalIndex(notes(tmp_path / "s.sqlite", 500), budget=100)
    assert index.rows_matching("cloud") == 500 and index.rows_matching("queues") == 50
    assert index.bounded(["cloud", "queue", "kinesis"]) == ["queue", "kinesis"]
    assert index.bounded(["cloud"]) == ["cloud"]  # the rarest term always stays
    assert [pid for pid, _ in index.search(["cloud", "kinesis"], 5)] == [7]


def test_below_the_budget_every_word_counts(tmp_path: Path) -> None:
    index = LexicalIndex(notes(tmp_path / "s.sqlite", 500), budget=10_000)
    assert index.bounded(["cloud", "queue", "kinesis"]) == ["cloud", "queue", "kinesis"]
    assert len(index.search(["cloud", "kinesis"], 50)) == 50
