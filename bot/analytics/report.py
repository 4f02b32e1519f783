"""The analytics report: what was asked, what was declined, what people disliked.

Built from the two tables in Python (the same SQL on every database; a few
thousand rows a day is nothing to sort), and shown by `bot report` and /admin.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import numpy as np

from bot.analytics.clusters import Embed, Topic, cluster
from bot.analytics.store import AnalyticsStore, utc_day

PERCENTILES = (50, 90, 95, 99)
TOP = 10


@dataclass
class DayCount:
    day: str
    answered: int = 0
    declined: int = 0


@dataclass
class RatedAnswer:
    question: str
    answer: str
    intent: str
    up: int
    down: int
    comments: list[str]
    sources: list[str]


@dataclass
class Report:
    since: str
    until: str
    questions: int
    answered: int
    declined: int
    thumbs_up: int
    thumbs_down: int
    per_day: list[DayCount]
    declined_topics: list[Topic]
    worst_rated: list[RatedAnswer]
    intents: list[tuple[str, int]]
    channels: list[tuple[str, int]]
    latency_ms: dict[str, float] = field(default_factory=dict)
    latencies: list[float] = field(default_factory=list, repr=False)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("latencies")
        return data


def source_label(citation: dict[str, Any]) -> str:
    """'DevConf Lisbon 2021, "Caching" (devconf-lisbon-2021.md#passage-12)'."""
    where = citation.get("conference") or citation.get("title") or citation.get("source")
    talk = f', "{citation["section"]}"' if citation.get("section") else ""
    anchor = citation.get("source", "")
    if citation.get("passage") is not None:
        anchor += f"#passage-{citation['passage']}"
    return f"{where}{talk} ({anchor})"


def build_report(
    store: AnalyticsStore, days: int = 30, embed: Embed | None = None, now: float | None = None
) -> Report:
    """The last `days` days (today included), with declined questions grouped by topic."""
    now = now or time.time()
    first_day = datetime.fromtimestamp(now, UTC).date() - timedelta(days=days - 1)
    since = datetime(first_day.year, first_day.month, first_day.day, tzinfo=UTC).timestamp()
    turns = store.turns_since(since)
    ratings = store.ratings_since(since)
    per_day = {
        (first_day + timedelta(days=i)).isoformat(): DayCount(
            (first_day + timedelta(days=i)).isoformat()
        )
        for i in range(days)
    }
    for turn in turns:
        bucket = per_day.setdefault(turn["day"], DayCount(turn["day"]))
        if turn["answered"]:
            bucket.answered += 1
        else:
            bucket.declined += 1
    latencies = [float(t["latency_ms"]) for t in turns]
    declined = [t["question"] for t in turns if not t["answered"]]
    return Report(
        since=first_day.isoformat(),
        until=utc_day(now),
        questions=len(turns),
        answered=len(turns) - len(declined),
        declined=len(declined),
        thumbs_up=sum(1 for r in ratings if r["rating"] > 0),
        thumbs_down=sum(1 for r in ratings if r["rating"] < 0),
        per_day=sorted(per_day.values(), key=lambda d: d.day),
        declined_topics=cluster(declined, embed)[:TOP],
        worst_rated=_worst_rated(ratings)[:TOP],
        intents=Counter(t["intent"] for t in turns).most_common(),
        channels=Counter(t["channel"] for t in turns).most_common(),
        latency_ms=_percentiles(latencies),
        latencies=latencies,
    )


def _percentiles(values: list[float]) -> dict[str, float]:
    if not values:
        return {}
    points = np.percentile(np.asarray(values), PERCENTILES)
    result = {f"p{p}": round(float(v), 2) for p, v in zip(PERCENTILES, points, strict=True)}
    result["max"] = round(max(values), 2)
    return result


def _worst_rated(ratings: list[dict[str, Any]]) -> list[RatedAnswer]:
    """Answers with at least one 👎, most disliked first (the same answer to the same
    question in many sessions is one entry)."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for rating in ratings:
        key = (" ".join(rating["question"].lower().split()), rating["answer"])
        groups[key].append(rating)
    rated = []
    for rows in groups.values():
        down = sum(1 for r in rows if r["rating"] < 0)
        if not down:
            continue
        first = rows[-1]
        sources = list(dict.fromkeys(source_label(c) for c in first["citations"]))
        rated.append(
            RatedAnswer(
                question=first["question"],
                answer=first["answer"],
                intent=first["intent"],
                up=len(rows) - down,
                down=down,
                comments=[r["comment"] for r in rows if r["comment"]],
                sources=sources,
            )
        )
    return sorted(rated, key=lambda r: (r.up - r.down, -r.down))
