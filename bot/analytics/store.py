"""Where turns and ratings are kept: one schema, the same SQL on SQLite and PostgreSQL.

SQLAlchemy Core writes the statements, so `sqlite:///analytics.sqlite3` and
`postgresql://…` differ only in the URL. Times are epoch seconds plus a UTC day
string, which both databases group and compare the same way.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Engine,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    delete,
    event,
    func,
    select,
)

metadata = MetaData()

turns = Table(
    "bot_turns",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", Float, nullable=False),
    Column("day", String(10), nullable=False),
    Column("channel", String(16), nullable=False),
    Column("session_id", String(200), nullable=False),
    Column("question", Text, nullable=False),
    Column("answer", Text, nullable=False),
    Column("intent", String(40), nullable=False),
    Column("answered", Boolean, nullable=False),
    Column("citations", Text, nullable=False),
    Column("latency_ms", Float, nullable=False),
    Index("bot_turns_at", "at"),
)

ratings = Table(
    "bot_feedback",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", Float, nullable=False),
    Column("day", String(10), nullable=False),
    Column("channel", String(16), nullable=False),
    Column("session_id", String(200), nullable=False),
    Column("turn_at", Float, nullable=False),
    Column("rating", Integer, nullable=False),
    Column("comment", Text),
    Column("question", Text, nullable=False),
    Column("answer", Text, nullable=False),
    Column("intent", String(40), nullable=False),
    Column("answered", Boolean, nullable=False),
    Column("citations", Text, nullable=False),
    Index("bot_feedback_turn", "session_id", "turn_at"),
    Index("bot_feedback_at", "at"),
)


def utc_day(at: float) -> str:
    return datetime.fromtimestamp(at, UTC).strftime("%Y-%m-%d")


@dataclass
class TurnRow:
    """One answered (or declined) turn, as stored."""

    channel: str
    session_id: str
    question: str
    answer: str
    intent: str
    answered: bool
    citations: list[dict[str, Any]]
    latency_ms: float
    at: float = field(default_factory=time.time)


@dataclass
class RatingRow:
    """A thumbs up (+1) or down (-1) on one turn, with what that turn said."""

    channel: str
    session_id: str
    turn_at: float
    rating: int
    comment: str | None
    question: str
    answer: str
    intent: str
    answered: bool
    citations: list[dict[str, Any]]
    at: float = field(default_factory=time.time)


def database_url(url: str) -> str:
    """`postgresql://` means psycopg 3 here (SQLAlchemy would look for psycopg2)."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


class AnalyticsStore:
    """Reads and writes the two tables; creates them on first use."""

    def __init__(self, url: str) -> None:
        self.url = database_url(url)
        self.engine: Engine = create_engine(self.url, pool_pre_ping=True)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        metadata.create_all(self.engine)

    def add(self, rows: Iterable[TurnRow | RatingRow]) -> None:
        """Store a batch in one transaction; a new rating replaces that turn's old one."""
        with self.engine.begin() as conn:
            for row in rows:
                values = _values(row)
                if isinstance(row, RatingRow):
                    conn.execute(
                        delete(ratings).where(
                            ratings.c.session_id == row.session_id,
                            ratings.c.turn_at == row.turn_at,
                        )
                    )
                    conn.execute(ratings.insert().values(**values))
                else:
                    conn.execute(turns.insert().values(**values))

    def prune(self, retention_days: int, now: float | None = None) -> int:
        """Delete what is older than the retention period; returns rows deleted."""
        cutoff = (now or time.time()) - retention_days * 86400
        with self.engine.begin() as conn:
            gone = conn.execute(delete(turns).where(turns.c.at < cutoff)).rowcount
            gone += conn.execute(delete(ratings).where(ratings.c.at < cutoff)).rowcount
        return int(gone or 0)

    def turns_since(self, since: float) -> list[dict[str, Any]]:
        query = select(turns).where(turns.c.at >= since).order_by(turns.c.at)
        return self._rows(query)

    def ratings_since(self, since: float) -> list[dict[str, Any]]:
        query = select(ratings).where(ratings.c.at >= since).order_by(ratings.c.at)
        return self._rows(query)

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                "turns": int(conn.execute(select(func.count()).select_from(turns)).scalar_one()),
                "ratings": int(
                    conn.execute(select(func.count()).select_from(ratings)).scalar_one()
                ),
            }

    def _rows(self, query: Any) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = [dict(r._mapping) for r in conn.execute(query)]
        for row in rows:
            row["citations"] = json.loads(row["citations"] or "[]")
        return rows

    def close(self) -> None:
        self.engine.dispose()


def _values(row: TurnRow | RatingRow) -> dict[str, Any]:
    values = dict(row.__dict__)
    values["citations"] = json.dumps(row.citations, ensure_ascii=False)
    values["day"] = utc_day(row.at)
    return values


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    """WAL and a busy timeout, so several workers can write one file."""
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def citation_dicts(citations: Sequence[Any]) -> list[dict[str, Any]]:
    """What a report needs of each citation (no scores: they change with every index)."""
    keep = ("source", "passage", "title", "conference", "section", "speaker", "date")
    return [{k: getattr(c, k, None) for k in keep} for c in citations]
