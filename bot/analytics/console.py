"""`bot report` in a terminal: the same report as /admin, as rich tables."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from rich.console import Console
from rich.table import Table

from bot.analytics.clusters import Embed
from bot.analytics.report import Report, build_report
from bot.analytics.store import AnalyticsStore
from bot.settings import Settings

log = logging.getLogger(__name__)


def load_embedder(settings: Settings) -> Embed | None:
    """The index's embedder, to group declined questions by topic; None without an index."""
    from bot.errors import BotError
    from bot.retrieval.knowledge import Knowledge

    try:
        knowledge = Knowledge.load(settings)
    except BotError as exc:
        log.warning("report: no index (%s); declined questions grouped by wording only", exc)
        return None
    from bot.analytics.clusters import embedder_of

    return embedder_of(type("Engine", (), {"knowledge": knowledge})())


def run_report(settings: Settings, days: int, json_out: Path | None, topics: bool) -> Report:
    store = AnalyticsStore(settings.analytics_url)
    try:
        embed = load_embedder(settings) if topics else None
        report = build_report(store, days, embed)
    finally:
        store.close()
    if json_out:
        json_out.write_text(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    return report


def print_report(report: Report, console: Console | None = None) -> None:
    console = console or Console()
    share = f" ({100 * report.declined / report.questions:.0f}%)" if report.questions else ""
    console.print(
        f"[bold]{report.since} to {report.until}[/bold]: {report.questions} questions, "
        f"{report.answered} answered, {report.declined} declined{share}; "
        f"👍 {report.thumbs_up} 👎 {report.thumbs_down}"
    )
    if report.latency_ms:
        console.print("latency: " + ", ".join(f"{k} {v} ms" for k, v in report.latency_ms.items()))
    days = Table(title="Questions per day")
    for column in ("day", "answered", "declined"):
        days.add_column(column)
    for d in report.per_day:
        if d.answered or d.declined:
            days.add_row(d.day, str(d.answered), str(d.declined))
    console.print(days)
    topics = Table(title="Most asked questions the notes could not answer")
    topics.add_column("asked")
    topics.add_column("topic (most common wording)")
    topics.add_column("other wordings")
    for t in report.declined_topics:
        others = "; ".join(q for q, _ in t.questions[1:4])
        topics.add_row(str(t.count), t.label, others)
    console.print(topics)
    worst = Table(title="Worst-rated answers")
    for column in ("👎", "👍", "question", "sources", "comments"):
        worst.add_column(column)
    for r in report.worst_rated:
        worst.add_row(
            str(r.down), str(r.up), r.question, "\n".join(r.sources), "\n".join(r.comments)
        )
    console.print(worst)
    for title, rows in (("Intents", report.intents), ("Channels", report.channels)):
        table = Table(title=title)
        table.add_column("name")
        table.add_column("turns")
        for name, count in rows:
            table.add_row(name, str(count))
        console.print(table)
