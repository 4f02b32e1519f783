"""BM25 over the store's FTS5 table, with a bound on what one query may cost.

With the build's posting arrays beside the store (`postings.npz`), the same scores are
computed with numpy instead of by FTS5 row by row; a build without them is still
searched through FTS5.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from pathlib import Path

from bot.indexing.postings import WEIGHTS, Postings, QueryTerms

_FTS_TOKEN = re.compile(r"[A-Za-z0-9]+")


_WEIGHTS = ", ".join(map(str, WEIGHTS))
POSTING_BUDGET = 20_000  # rows BM25 may score for one query; rarer terms go in first


class LexicalIndex:
    """BM25 over the FTS5 table, one read-only connection per thread.

    FTS5 scores every row any query term matches, so a common word ("aws" in a third of
    the notes) makes a query cost in proportion to the corpus. A query keeps its terms
    rarest first while their rows add up to POSTING_BUDGET (the rarest always stays): the
    terms left out are the ones with the least weight in BM25 anyway. Below the budget,
    as in a few notes, every term is kept."""

    def __init__(
        self, path: Path, budget: int = POSTING_BUDGET, postings: Postings | None = None
    ) -> None:
        self._path = path
        self._local = threading.local()
        self._budget = budget
        self._postings = postings
        self._query_terms = QueryTerms()
        self._rows: dict[str, int] = {}  # rows each token matches, learnt as queries come
        self._total: int | None = None

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(f"file:{self._path}?mode=ro", uri=True, check_same_thread=False)
            self._local.conn = conn
        return conn

    def rows_matching(self, token: str) -> int:
        """How many passages a token matches (FTS5 stems it as it stems the passages)."""
        if self._postings is not None:
            return self._postings.rows_with(self._query_terms.of([token])[0])
        found = self._rows.get(token)
        if found is None:
            found = (
                self._conn()
                .execute(
                    "SELECT count(*) FROM passages_fts WHERE passages_fts MATCH ?", (f'"{token}"',)
                )
                .fetchone()[0]
            )
            if len(self._rows) > 100_000:
                self._rows.clear()
            self._rows[token] = found
        return found

    def _passages(self) -> int:
        if self._postings is not None:
            return self._postings.rows
        if self._total is None:
            self._total = self._conn().execute("SELECT count(*) FROM passages_fts").fetchone()[0]
        return self._total

    def bounded(self, tokens: list[str]) -> list[str]:
        """The tokens a query keeps within the posting budget, in their own order."""
        if len(tokens) <= 1 or len(tokens) * self._passages() <= self._budget:
            return tokens
        rows = {t: self.rows_matching(t) for t in tokens}
        if sum(rows.values()) <= self._budget:
            return tokens
        kept: set[str] = set()
        total = 0
        for token in sorted(tokens, key=lambda t: rows[t]):
            if kept and total + rows[token] > self._budget:
                break
            kept.add(token)
            total += rows[token]
        return [t for t in tokens if t in kept]

    def search(
        self, terms: list[str], limit: int = 50, ranges: list[tuple[int, int]] | None = None
    ) -> list[tuple[int, float]]:
        """Passage ids and BM25 scores (higher is better) for any of the terms; with
        `ranges`, only among passages whose ids fall in one of those (first, last) runs."""
        tokens = [t for t in dict.fromkeys(_FTS_TOKEN.findall(" ".join(terms).lower())) if t]
        if not tokens:
            return []
        kept = self.bounded(tokens)
        if self._postings is not None:
            return self._postings.search(self._query_terms.of(kept), limit, ranges)
        query = " OR ".join(f'"{t}"' for t in kept)
        where, params = "", []
        if ranges:
            where = " AND (" + " OR ".join("rowid BETWEEN ? AND ?" for _ in ranges) + ")"
            params = [int(v) for run in ranges for v in run]
        rows = (
            self._conn()
            .execute(
                f"SELECT rowid, bm25(passages_fts, {_WEIGHTS}) FROM passages_fts "
                f"WHERE passages_fts MATCH ?{where} ORDER BY 2 LIMIT ?",
                (query, *params, limit),
            )
            .fetchall()
        )
        return [(int(r[0]), -float(r[1])) for r in rows]
