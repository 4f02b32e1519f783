"""Per-file metadata: the corpus manifest where it has an entry, inference otherwise."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import Path

from bot import lexicon, yamlfile
from bot.ingest.models import DocMeta

MANIFEST = "manifest.yaml"


@lru_cache(maxsize=1)
def _patterns() -> tuple[dict[str, int], re.Pattern[str], re.Pattern[str]]:
    """Day-month-year and month-day-year patterns over the lexicon's month names."""
    months = {m[:3]: n for n, m in enumerate(lexicon.load().months, start=1)}
    names = "|".join(m.capitalize() for m in months)
    dmy = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({names})[a-z]*\.?,?\s+(\d{{4}})\b", re.I)
    mdy = re.compile(rf"\b({names})[a-z]*\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
    return months, dmy, mdy


_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def read_manifest(corpus_dir: Path) -> dict[str, dict[str, object]]:
    path = corpus_dir / MANIFEST
    if not path.exists():
        return {}
    data = yamlfile.load(path.read_text(encoding="utf-8")) or {}
    return {str(k): dict(v or {}) for k, v in data.items()}


def find_date(text: str) -> str | None:
    """The first full date the text states, as YYYY-MM-DD."""
    candidates: list[tuple[int, dt.date | None]] = []
    months, dmy, mdy = _patterns()
    for m in dmy.finditer(text):
        candidates.append((m.start(), _safe(int(m[3]), months[m[2][:3].lower()], int(m[1]))))
    for m in mdy.finditer(text):
        candidates.append((m.start(), _safe(int(m[3]), months[m[1][:3].lower()], int(m[2]))))
    for m in _DATE_ISO.finditer(text):
        candidates.append((m.start(), _safe(int(m[1]), int(m[2]), int(m[3]))))
    valid = sorted((pos, d) for pos, d in candidates if d is not None)
    return valid[0][1].isoformat() if valid else None


def find_day_month(text: str, year: int) -> str | None:
    """The first day and month the text states without a year ("Tuesday 23 April",
    "fri 17 june", "June 5"), in the year given (the event's)."""
    months, _, _ = _patterns()
    names = "|".join(m.capitalize() for m in months)
    dm = re.search(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({names})[a-z]*\b", text, re.I)
    md = re.search(
        rf"\b({names})[a-z]*\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*[:.]?\d)", text, re.I
    )
    found = []
    if dm:
        found.append((dm.start(), _safe(year, months[dm[2][:3].lower()], int(dm[1]))))
    if md:
        found.append((md.start(), _safe(year, months[md[1][:3].lower()], int(md[2]))))
    valid = sorted((pos, d) for pos, d in found if d is not None)
    return valid[0][1].isoformat() if valid else None


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def build_meta(source: str, entry: dict[str, object]) -> DocMeta:
    """Metadata from one dict: manifest values over what was inferred from the note."""
    date = entry.get("date")
    kind = str(entry.get("kind") or "notes")
    return DocMeta(
        source=source,
        title=str(entry.get("title") or Path(source).stem),
        conference=str(entry.get("conference") or entry.get("title") or Path(source).stem),
        date=str(date) if date else None,
        date_end=str(entry["date_end"]) if entry.get("date_end") else None,
        date_precision=str(entry.get("date_precision") or "day"),
        venue=_opt(entry.get("venue")),
        city=_opt(entry.get("city")),
        kind=kind if kind in ("notes", "book") else "notes",
        source_url=_opt(entry.get("source_url")),
        origin=_opt(entry.get("origin")),
        aliases=[str(a) for a in _list(entry.get("aliases"))],
    )


def _list(value: object) -> list[object]:
    return list(value) if isinstance(value, (list, tuple)) else []


def _opt(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


def display_date(meta: DocMeta) -> str | None:
    """Human form of the event date, as precise as we know it ("28 February 2018")."""
    if not meta.date:
        return None
    day = dt.date.fromisoformat(meta.date)
    if meta.date_precision == "year":
        return str(day.year)
    if meta.date_precision == "month":
        return day.strftime("%B %Y")
    if meta.date_end:
        end = dt.date.fromisoformat(meta.date_end)
        if end.month == day.month:
            return f"{day.day}–{end.day} {end.strftime('%B %Y')}"
        return f"{day.day} {day.strftime('%B')} – {end.day} {end.strftime('%B %Y')}"
    return f"{day.day} {day.strftime('%B %Y')}"
