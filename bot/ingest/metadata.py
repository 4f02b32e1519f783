"""Per-file metadata: the corpus manifest where it has an entry, inference otherwise."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import yaml

from bot.ingest.models import DocMeta

MANIFEST = "manifest.yaml"
_MONTHS = {
    m.lower(): i
    for i, m in enumerate(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1
    )
}
_DATE_DMY = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+(\d{4})\b",
    re.I,
)
_DATE_MDY = re.compile(
    r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b",
    re.I,
)
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def read_manifest(corpus_dir: Path) -> dict[str, dict[str, object]]:
    path = corpus_dir / MANIFEST
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {str(k): dict(v or {}) for k, v in data.items()}


def find_date(text: str) -> str | None:
    """The first full date the text states, as YYYY-MM-DD."""
    candidates: list[tuple[int, dt.date]] = []
    for m in _DATE_DMY.finditer(text):
        candidates.append((m.start(), _safe(int(m[3]), _MONTHS[m[2][:3].lower()], int(m[1]))))
    for m in _DATE_MDY.finditer(text):
        candidates.append((m.start(), _safe(int(m[3]), _MONTHS[m[1][:3].lower()], int(m[2]))))
    for m in _DATE_ISO.finditer(text):
        candidates.append((m.start(), _safe(int(m[1]), int(m[2]), int(m[3]))))
    valid = sorted((pos, d) for pos, d in candidates if d is not None)
    return valid[0][1].isoformat() if valid else None


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def build_meta(source: str, first_line: str, text: str, entry: dict[str, object]) -> DocMeta:
    """Manifest values win; whatever is missing is inferred from the text."""
    title = str(entry.get("title") or first_line.strip() or Path(source).stem)
    date = entry.get("date", "infer")
    if date == "infer":
        date = find_date(text[:3000])
    kind = str(entry.get("kind") or ("book" if Path(source).suffix.lower() == ".pdf" else "notes"))
    return DocMeta(
        source=source,
        title=title,
        conference=str(entry.get("conference") or title),
        date=str(date) if date else None,
        date_end=str(entry["date_end"]) if entry.get("date_end") else None,
        date_precision=str(entry.get("date_precision") or "day"),
        venue=_opt(entry.get("venue")),
        city=_opt(entry.get("city")),
        kind=kind if kind in ("notes", "book") else "notes",
        source_url=_opt(entry.get("source_url")),
        origin=_opt(entry.get("origin")),
        aliases=[str(a) for a in entry.get("aliases") or []],  # type: ignore[union-attr]
    )


def _opt(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


def display_date(meta: DocMeta) -> str | None:
    """Human form of the event date, as precise as we know it ("28 Feb 2018")."""
    if not meta.date:
        return None
    day = dt.date.fromisoformat(meta.date)
    if meta.date_precision == "year":
        return str(day.year)
    if meta.date_precision == "month":
        return day.strftime("%b %Y")
    if meta.date_end:
        end = dt.date.fromisoformat(meta.date_end)
        if end.month == day.month:
            return f"{day.day}–{end.day} {end.strftime('%b %Y')}"
        return f"{day.day} {day.strftime('%b')} – {end.day} {end.strftime('%b %Y')}"
    return f"{day.day} {day.strftime('%b %Y')}"
