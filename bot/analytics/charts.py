"""Two small charts as server-side SVG: nothing to download, nothing to run in the
browser, and the strict CSP holds (colours come from classes in admin.css)."""

from __future__ import annotations

import math
from html import escape

from bot.analytics.report import DayCount

WIDTH, HEIGHT = 640, 220
LEFT, RIGHT, TOP, BOTTOM = 40, 10, 12, 28


def _nice_max(value: float) -> float:
    """A round axis top (1, 2, 5 x 10^n) at or above `value`."""
    if value <= 0:
        return 1.0
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if value <= step * magnitude:
            return float(step * magnitude)
    return float(10 * magnitude)


def _count_axis(top: int) -> int:
    """An axis top divisible by four, so the five gridlines fall on whole counts."""
    return max(4, 4 * math.ceil(top / 4))


def _frame(title: str, desc: str, body: list[str], y_max: float) -> str:
    plot_h = HEIGHT - TOP - BOTTOM
    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title><desc>{escape(desc)}</desc>",
    ]
    for i in range(5):
        value = y_max * i / 4
        y = TOP + plot_h - plot_h * i / 4
        parts.append(
            f'<line class="chart-grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}"/>'
        )
        label = f"{value:g}"
        parts.append(
            f'<text class="chart-tick" x="{LEFT - 6}" y="{y + 4:.1f}" '
            f'text-anchor="end">{label}</text>'
        )
    parts.extend(body)
    parts.append("</svg>")
    return "".join(parts)


def questions_per_day(days: list[DayCount]) -> str:
    """Stacked bars: answered below, declined on top, one bar a day."""
    if not days:
        days = [DayCount(day="")]
    y_max = _count_axis(max(d.answered + d.declined for d in days))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_w / len(days)
    bar = max(1.0, slot * 0.7)
    label_every = max(1, math.ceil(len(days) / 8))
    body: list[str] = []
    for i, d in enumerate(days):
        x = LEFT + i * slot + (slot - bar) / 2
        base = float(TOP + plot_h)
        for cls, count in (("chart-answered", d.answered), ("chart-declined", d.declined)):
            h = plot_h * count / y_max
            if h > 0:
                body.append(
                    f'<rect class="{cls}" x="{x:.1f}" y="{base - h:.1f}" width="{bar:.1f}" '
                    f'height="{h:.1f}"><title>{escape(d.day)}: {count} '
                    f"{cls.removeprefix('chart-')}</title></rect>"
                )
                base -= h
        if i % label_every == 0 and d.day:
            body.append(
                f'<text class="chart-tick" x="{x + bar / 2:.1f}" y="{HEIGHT - 8}" '
                f'text-anchor="middle">{escape(d.day[5:])}</text>'
            )
    total = sum(d.answered + d.declined for d in days)
    declined = sum(d.declined for d in days)
    return _frame(
        "Questions per day, answered and declined",
        f"{total} questions over {len(days)} days, {declined} declined",
        body,
        y_max,
    )


def latency_histogram(latencies: list[float], bins: int = 12) -> str:
    """How long answers took: a histogram, so a slow tail shows at a glance."""
    if not latencies:
        latencies = [0.0]
    top = _nice_max(max(latencies))
    width = top / bins
    counts = [0] * bins
    for value in latencies:
        counts[min(bins - 1, int(value / width))] += 1
    y_max = _count_axis(max(counts))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_w / bins
    body: list[str] = []
    for i, count in enumerate(counts):
        h = plot_h * count / y_max
        x = LEFT + i * slot
        low, high = i * width, (i + 1) * width
        if h > 0:
            body.append(
                f'<rect class="chart-latency" x="{x + 1:.1f}" y="{TOP + plot_h - h:.1f}" '
                f'width="{slot - 2:.1f}" height="{h:.1f}"><title>{low:g}–{high:g} ms: '
                f"{count}</title></rect>"
            )
        if i % 3 == 0:
            body.append(
                f'<text class="chart-tick" x="{x:.1f}" y="{HEIGHT - 8}" '
                f'text-anchor="start">{low:g} ms</text>'
            )
    return _frame(
        "Answer latency",
        f"{len(latencies)} answers between 0 and {top:g} ms",
        body,
        y_max,
    )
