"""The analytics store's contract, written once and run against SQLite and PostgreSQL."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.analytics.report import build_report
from bot.analytics.store import AnalyticsStore, RatingRow, TurnRow


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[AnalyticsStore]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'analytics.sqlite3'}"
    else:
        url = request.getfixturevalue("postgres_url")
    store = AnalyticsStore(url)
    with store.engine.begin() as conn:  # the PostgreSQL database is shared by the session
        conn.execute(text("DELETE FROM bot_turns"))
        conn.execute(text("DELETE FROM bot_feedback"))
    yield store
    store.close()


def turn(question: str, answered: bool = True, at: float | None = None, **extra: object) -> TurnRow:
    row = TurnRow(
        channel=str(extra.get("channel", "api")),
        session_id=str(extra.get("session_id", "s1")),
        question=question,
        answer="The notes say so." if answered else "The notes don't cover that.",
        intent=str(extra.get("intent", "ask_question")),
        answered=answered,
        citations=[{"source": "reinvent/dat326.md", "passage": 4, "conference": "re:Invent 2019"}]
        if answered
        else [],
        latency_ms=float(extra.get("latency_ms", 10.0)),
    )
    if at is not None:
        row.at = at
    return row


def rating(value: int, turn_at: float, comment: str | None = None) -> RatingRow:
    return RatingRow(
        channel="web",
        session_id="s1",
        turn_at=turn_at,
        rating=value,
        comment=comment,
        question="What is SQS?",
        answer="SQS is a queue.",
        intent="ask_question",
        answered=True,
        citations=[{"source": "a.txt", "passage": 2, "conference": "Summit", "section": "Queues"}],
    )


def test_turns_are_stored_with_their_citations(store: AnalyticsStore) -> None:
    store.add([turn("What is SQS?"), turn("Boil pasta?", answered=False)])
    rows = store.turns_since(0)
    assert [r["question"] for r in rows] == ["What is SQS?", "Boil pasta?"]
    assert rows[0]["citations"][0]["source"] == "reinvent/dat326.md"
    assert rows[0]["answered"] is True and rows[1]["answered"] is False
    assert rows[0]["day"] == time.strftime("%Y-%m-%d", time.gmtime(rows[0]["at"]))


def test_a_new_rating_of_the_same_turn_replaces_the_old_one(store: AnalyticsStore) -> None:
    store.add([rating(1, turn_at=100.0)])
    store.add([rating(-1, turn_at=100.0, comment="outdated")])
    store.add([rating(1, turn_at=200.0)])
    rows = store.ratings_since(0)
    assert sorted((r["turn_at"], r["rating"], r["comment"]) for r in rows) == [
        (100.0, -1, "outdated"),
        (200.0, 1, None),
    ]


def test_rows_past_the_retention_period_are_deleted(store: AnalyticsStore) -> None:
    now = time.time()
    old, recent = now - 40 * 86400, now - 5 * 86400
    store.add([turn("old", at=old), turn("recent", at=recent)])
    old_rating = rating(-1, turn_at=old)
    old_rating.at = old
    store.add([old_rating])
    assert store.prune(retention_days=30, now=now) == 2
    assert [r["question"] for r in store.turns_since(0)] == ["recent"]
    assert store.ratings_since(0) == []


def test_report_counts_days_intents_channels_and_latency(store: AnalyticsStore) -> None:
    now = time.time()
    yesterday = now - 86400
    store.add(
        [
            turn("What is SQS?", at=yesterday, latency_ms=5, channel="slack"),
            turn("Boil pasta?", answered=False, at=yesterday, latency_ms=7, intent="out_of_scope"),
            turn("Who gave the keynote?", at=now, latency_ms=9, channel="web"),
            turn("What does Athena cost?", answered=False, at=now, latency_ms=100),
        ]
    )
    store.add([rating(-1, turn_at=1.0, comment="wrong queue"), rating(1, turn_at=2.0)])
    report = build_report(store, days=7, now=now)
    assert (report.questions, report.answered, report.declined) == (4, 2, 2)
    by_day = {d.day: (d.answered, d.declined) for d in report.per_day}
    assert len(report.per_day) == 7
    assert by_day[time.strftime("%Y-%m-%d", time.gmtime(yesterday))] == (1, 1)
    assert by_day[time.strftime("%Y-%m-%d", time.gmtime(now))] == (1, 1)
    assert dict(report.intents) == {"ask_question": 3, "out_of_scope": 1}
    assert dict(report.channels) == {"api": 2, "slack": 1, "web": 1}
    assert report.latency_ms["p50"] == 8.0 and report.latency_ms["max"] == 100.0
    assert (report.thumbs_up, report.thumbs_down) == (1, 1)
    (worst,) = report.worst_rated
    assert worst.question == "What is SQS?" and worst.down == 1 and worst.up == 1
    assert worst.comments == ["wrong queue"]
    assert worst.sources == ['Summit, "Queues" (a.txt#passage-2)']
