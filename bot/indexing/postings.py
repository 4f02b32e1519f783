"""BM25 posting lists in numpy, made from FTS5's own tokens.

FTS5 calls its `bm25()` function once per matching row, so a query with a common word
costs in proportion to the archive (10 ms at a hundred times the notes). The same
scores come from arrays: for each term the rows using it and its weighted frequency in
each, read from FTS5's vocabulary (so the tokenizer and stemmer are FTS5's own), and
each row's length. A query then adds up its terms' rows with numpy. The formula is
FTS5's (k1 1.2, b 0.75, IDF floored at 1e-6, column weights on the frequency, the
row's length over all columns), so the ranking is the one FTS5 gives.
"""

from __future__ import annotations

import math
import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from bot.indexing.layout import POSTINGS
from bot.indexing.store import FTS_TOKENIZE as TOKENIZE

K1 = 1.2
B = 0.75
IDF_FLOOR = 1e-6
COLUMNS = ("text", "section", "speaker", "conference")
WEIGHTS = (1.0, 0.6, 0.6, 0.3)  # per column, as `bm25(passages_fts, ...)` is given them


@dataclass
class Postings:
    """Each term's rows (`docs[offsets[t]:offsets[t + 1]]`, ascending) and weighted
    frequencies, every row's length in tokens, and the table's row count."""

    terms: dict[str, int]
    offsets: np.ndarray  # int64, one more than terms
    docs: np.ndarray  # int32 row ids
    freq: np.ndarray  # float64 weighted frequency of the term in the row
    lengths: np.ndarray  # int32 tokens per row id (all columns)
    rows: int

    def rows_with(self, term: str | None) -> int:
        t = self.terms.get(term) if term else None
        return 0 if t is None else int(self.offsets[t + 1] - self.offsets[t])

    def __post_init__(self) -> None:
        self._avgdl = float(self.lengths.sum()) / self.rows if self.rows else 1.0
        self._parts: dict[int, np.ndarray] = {}

    def _part(self, t: int) -> np.ndarray:
        """A term's rows' share of BM25 but its IDF, worked out the first time a query
        uses the term (for every term at load, it took half a second at 160k rows)."""
        found = self._parts.get(t)
        if found is None:
            lo, hi = int(self.offsets[t]), int(self.offsets[t + 1])
            freq = self.freq[lo:hi]
            norm = K1 * (1 - B + B * self.lengths[self.docs[lo:hi]] / self._avgdl)
            found = freq * (K1 + 1.0) / (freq + norm)
            self._parts[t] = found
        return found

    def search(
        self, terms: list[str | None], limit: int, ranges: list[tuple[int, int]] | None = None
    ) -> list[tuple[int, float]]:
        """Row ids and BM25 scores (higher is better) for rows using any of the terms, the
        best `limit`, ties by row id; one term may come twice (two words, one stem) and
        then counts twice, as two FTS5 phrases do. With `ranges`, only rows in them."""
        docs_parts: list[np.ndarray] = []
        score_parts: list[np.ndarray] = []
        for term in terms:
            t = self.terms.get(term) if term else None
            if t is None:
                continue
            lo, hi = int(self.offsets[t]), int(self.offsets[t + 1])
            idf = math.log((self.rows - (hi - lo) + 0.5) / (hi - lo + 0.5))
            docs, part = self.docs[lo:hi], self._part(t)
            if ranges:
                keep = np.zeros(len(docs), dtype=bool)
                for first, last in ranges:
                    keep |= (docs >= first) & (docs <= last)
                docs, part = docs[keep], part[keep]
            docs_parts.append(docs)
            score_parts.append((idf if idf > 0.0 else IDF_FLOOR) * part)
        docs = np.concatenate(docs_parts) if docs_parts else np.zeros(0, dtype=np.int32)
        if not len(docs):
            return []
        scores = np.bincount(docs, weights=np.concatenate(score_parts))
        found = np.flatnonzero(scores)
        best = scores[found]
        if len(found) > limit:  # the best `limit`, with every row tied with the last
            edge = best[np.argpartition(-best, limit - 1)[limit - 1]]
            found, best = found[best >= edge], best[best >= edge]
        order = np.lexsort((found, -best))[:limit]
        return [(int(found[i]), float(best[i])) for i in order]

    def save(self, path: Path) -> None:
        with path.open("wb") as out:
            np.savez(
                out,
                terms=np.array(list(self.terms), dtype=object).astype(str),
                offsets=self.offsets,
                docs=self.docs,
                freq=self.freq,
                lengths=self.lengths,
                rows=np.int64(self.rows),
                weights=np.array(WEIGHTS),
            )

    @classmethod
    def of_build(cls, folder: Path) -> Postings | None:
        """A build's posting arrays; None for a build made before they existed (its
        store's FTS5 table is queried instead)."""
        path = folder / POSTINGS
        return cls.load(path) if path.exists() else None

    @classmethod
    def load(cls, path: Path) -> Postings | None:
        """The saved postings, or None when they were made with other column weights."""
        with np.load(path, allow_pickle=False) as data:
            if tuple(float(w) for w in data["weights"]) != WEIGHTS:
                return None
            return cls(
                terms={str(t): i for i, t in enumerate(data["terms"].tolist())},
                offsets=data["offsets"],
                docs=data["docs"],
                freq=data["freq"],
                lengths=data["lengths"],
                rows=int(data["rows"]),
            )


@dataclass
class QueryTerms:
    """A query word's FTS5 term (its Porter stem, as FTS5 makes it), from a one-row FTS5
    table in memory with the store's tokenizer, so a word meets the postings' terms."""

    _known: dict[str, str | None] = field(default_factory=dict)
    _local: threading.local = field(default_factory=threading.local)

    def _table(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(":memory:", check_same_thread=False)
            conn.execute(f"CREATE VIRTUAL TABLE words USING fts5(w, tokenize = '{TOKENIZE}')")
            conn.execute("CREATE VIRTUAL TABLE temp.found USING fts5vocab(main, words, instance)")
            self._local.conn = conn
        return conn

    def of(self, words: list[str]) -> list[str | None]:
        """Each word's term (None for a word FTS5 makes no token of); `words` are single
        tokens, as the store's lexical index splits a query."""
        unknown = [w for w in dict.fromkeys(words) if w not in self._known]
        if unknown:
            conn = self._table()
            conn.execute("DELETE FROM words")
            conn.executemany("INSERT INTO words(rowid, w) VALUES (?, ?)", enumerate(unknown))
            made = dict(conn.execute("SELECT doc, term FROM found").fetchall())
            if len(self._known) > 100_000:
                self._known.clear()
            self._known.update({w: made.get(i) for i, w in enumerate(unknown)})
        return [self._known[w] for w in words]


def _instances(
    conn: sqlite3.Connection, schema: str, table: str, terms: dict[str, int]
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(term id, row id, weighted frequency, token count) for every term of every row,
    from FTS5's vocabulary; terms not yet in `terms` get the next ids."""
    weight = " ".join(f"WHEN '{c}' THEN {w!r}" for c, w in zip(COLUMNS, WEIGHTS, strict=True))
    conn.execute(f"DROP TABLE IF EXISTS temp.{table}_words")
    conn.execute(
        f"CREATE VIRTUAL TABLE temp.{table}_words USING fts5vocab({schema}, {table}, instance)"
    )
    try:
        found = conn.execute(
            f"SELECT term, doc, sum(CASE col {weight} END), count(*) "
            f"FROM temp.{table}_words GROUP BY term, doc"
        ).fetchall()
    finally:
        conn.execute(f"DROP TABLE temp.{table}_words")
    if not found:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty.astype(np.int32), empty.astype(np.float64), empty.astype(np.int32)
    words, docs, freq, counts = zip(*found, strict=True)
    names = np.array(words)
    starts = np.flatnonzero(np.concatenate(([True], names[1:] != names[:-1])))  # grouped
    ids = np.array([terms.setdefault(str(names[i]), len(terms)) for i in starts], np.int64)
    term_ids = np.repeat(ids, np.diff(np.append(starts, len(names))))
    return (
        term_ids,
        np.array(docs, dtype=np.int32),
        np.array(freq, dtype=np.float64),
        np.array(counts, dtype=np.int32),
    )


def _lengths(docs: np.ndarray, counts: np.ndarray, size: int) -> np.ndarray:
    """Tokens per row id: the counts of all its terms."""
    return np.bincount(docs, weights=counts, minlength=size).astype(np.int32)


def _assemble(
    terms: dict[str, int],
    term_ids: np.ndarray,
    docs: np.ndarray,
    freq: np.ndarray,
    lengths: np.ndarray,
    rows: int,
) -> Postings:
    order = np.lexsort((docs, term_ids))
    counts = np.bincount(term_ids, minlength=len(terms))
    offsets = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)
    return Postings(terms, offsets, docs[order], freq[order], lengths, rows)


def from_store(path: Path) -> Postings:
    """The postings of every row of a store's FTS5 table."""
    conn = sqlite3.connect(path)
    try:
        rows = int(conn.execute("SELECT count(*) FROM passages_fts").fetchone()[0])
        top = conn.execute("SELECT max(rowid) FROM passages_fts").fetchone()[0]
        terms: dict[str, int] = {}
        term_ids, docs, freq, counts = _instances(conn, "main", "passages_fts", terms)
    finally:
        conn.close()
    lengths = _lengths(docs, counts, 0 if top is None else int(top) + 1)
    return _assemble(terms, term_ids, docs, freq, lengths, rows)


def extended(old: Postings, path: Path, after: int) -> Postings:
    """`old` with the rows of the store's FTS5 table whose id is above `after` (the rows a
    note added to the last build brought), tokenized by FTS5 in a table of their own."""
    names = ", ".join(COLUMNS)
    conn = sqlite3.connect(path)
    try:
        new = conn.execute(
            f"SELECT rowid, {names} FROM passages_fts WHERE rowid > ?", (after,)
        ).fetchall()
        conn.execute(
            f"CREATE VIRTUAL TABLE temp.added USING fts5({names}, tokenize = '{TOKENIZE}')"
        )
        conn.executemany(f"INSERT INTO temp.added(rowid, {names}) VALUES (?,?,?,?,?)", new)
        terms = dict(old.terms)
        term_ids, docs, freq, counts = _instances(conn, "temp", "added", terms)
    finally:
        conn.close()
    top = max([len(old.lengths) - 1, *(int(r[0]) for r in new)])
    lengths = _lengths(docs, counts, top + 1)
    lengths[: len(old.lengths)] += old.lengths
    # The new rows come after every old one, so each goes at the end of its term's slice:
    # inserted in place, not sorted again with the millions of old postings.
    order = np.lexsort((docs, term_ids))
    term_ids, docs, freq = term_ids[order], docs[order], freq[order]
    grown = np.full(len(terms) + 1, old.offsets[-1], dtype=np.int64)
    grown[: len(old.offsets)] = old.offsets
    at = grown[term_ids + 1]
    counts_per_term = np.diff(grown) + np.bincount(term_ids, minlength=len(terms))
    return Postings(
        terms,
        np.concatenate(([0], np.cumsum(counts_per_term))).astype(np.int64),
        np.insert(old.docs, at, docs),
        np.insert(old.freq, at, freq),
        lengths,
        old.rows + len(new),
    )
