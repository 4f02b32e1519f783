"""BM25 from posting arrays ranks and scores rows as FTS5's own bm25() does."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from bot.indexing import postings, store
from bot.indexing.fts import LexicalIndex
from bot.indexing.verify import IndexInvalid, _check_postings

WORDS = [
    "queue",
    "queues",
    "queued",
    "lambda",
    "function",
    "functions",
    "running",
    "runs",
    "cache",
    "caching",
    "replica",
    "replication",
    "region",
    "regions",
    "cloud",
    "kinesis",
    "stream",
    "streaming",
    "shard",
    "the",
    "a",
    "of",
]


def random_store(path: Path, rows: int, seed: int = 0, start: int = 0) -> Path:
    """Passages of random words in every FTS5 column (text, section, speaker, event)."""
    rnd = random.Random(seed)
    conn = sqlite3.connect(path) if path.exists() else store.create(path)
    for pid in range(start, start + rows):
        section = store.SectionRow(
            pid, "a.md", pid, " ".join(rnd.sample(WORDS, 2)), [rnd.choice(WORDS).title()], []
        )
        text = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(1, 30)))
        row = store.PassageRow(pid, "a.md", pid, 0, text, None, [text], pid)
        store.write_passage(conn, row, section, f"Conf {rnd.choice(WORDS)}")
    conn.commit()
    conn.close()
    return path


def rankings(index: LexicalIndex, queries: list[list[str]], **kw: object) -> list[list[tuple]]:
    return [
        [(pid, round(score, 9)) for pid, score in index.search(q, 25, **kw)]  # type: ignore[arg-type]
        for q in queries
    ]


QUERIES = [
    ["queue"],
    ["queues", "lambda"],
    ["running", "runs", "cache"],  # two words, one stem: two phrases, as FTS5 counts them
    ["the", "kinesis", "replication"],
    ["conf", "stream"],
    ["nothing", "here"],
]


def test_posting_arrays_give_fts5s_scores_and_order(tmp_path: Path) -> None:
    path = random_store(tmp_path / "s.sqlite", 400)
    fts = LexicalIndex(path, budget=10**9)
    arrays = LexicalIndex(path, budget=10**9, postings=postings.from_store(path))
    assert rankings(arrays, QUERIES) == rankings(fts, QUERIES)
    runs = [(10, 60), (200, 230)]
    assert rankings(arrays, QUERIES, ranges=runs) == rankings(fts, QUERIES, ranges=runs)
    assert arrays.rows_matching("queues") == fts.rows_matching("queues") > 0


def test_the_budget_keeps_the_same_words_with_arrays_as_with_fts5(tmp_path: Path) -> None:
    path = random_store(tmp_path / "s.sqlite", 400)
    fts = LexicalIndex(path, budget=300)
    arrays = LexicalIndex(path, budget=300, postings=postings.from_store(path))
    query = ["the", "queue", "kinesis", "shard"]
    assert arrays.bounded(query) == fts.bounded(query) != query
    assert rankings(arrays, [query]) == rankings(fts, [query])


def test_appended_rows_give_the_postings_a_full_build_would(tmp_path: Path) -> None:
    path = random_store(tmp_path / "s.sqlite", 300)
    old = postings.from_store(path)
    random_store(path, 50, seed=1, start=300)  # a note added to the last build
    grown = postings.extended(old, path, after=299)
    whole = postings.from_store(path)
    assert grown.rows == whole.rows == 350
    assert np.array_equal(grown.lengths, whole.lengths)
    for term in whole.terms:
        a, b = grown.terms[term], whole.terms[term]
        ga, gb = slice(*grown.offsets[a : a + 2]), slice(*whole.offsets[b : b + 2])
        assert np.array_equal(grown.docs[ga], whole.docs[gb])
        assert np.allclose(grown.freq[ga], whole.freq[gb])


def test_saved_postings_load_and_are_checked_against_the_store(tmp_path: Path) -> None:
    path = random_store(tmp_path / "s.sqlite", 120)
    made = postings.from_store(path)
    made.save(tmp_path / "p.npz")
    loaded = postings.Postings.load(tmp_path / "p.npz")
    assert loaded is not None and loaded.search(["queue"], 5) == made.search(["queue"], 5)
    _check_postings(tmp_path / "p.npz", 120)
    with pytest.raises(IndexInvalid, match="120 rows, the store 121"):
        _check_postings(tmp_path / "p.npz", 121)
    (tmp_path / "p.npz").write_bytes(b"not a zip file")
    with pytest.raises(IndexInvalid, match="unreadable"):
        _check_postings(tmp_path / "p.npz", 120)


def test_query_words_become_fts5_terms() -> None:
    terms = postings.QueryTerms()
    assert terms.of(["queues", "replication", "queue"]) == ["queue", "replic", "queue"]
