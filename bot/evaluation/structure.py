"""How well ingestion reads a folder of notes: talks, speakers, events and dates found,
against the folder's `expected.yaml` (what a careful reader finds in each file)."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from rapidfuzz import fuzz

from bot.ingest.pipeline import ParsedFile

SAME_TITLE = 90  # rapidfuzz ratio above which two titles are the same talk


def norm(text: str | None) -> str:
    return " ".join(re.sub(r"[^\w ]+", " ", (text or "").lower()).split())


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def score(expected_file: Path, parsed: list[ParsedFile]) -> dict[str, float]:
    expected = yaml.safe_load(expected_file.read_text(encoding="utf-8"))
    got = {f.source: f for f in parsed}
    want_t = got_t = hit_t = want_s = got_s = hit_s = events = dates = files = 0
    for path, exp in expected.items():
        if exp.get("skip"):
            continue
        f = got.get(path)
        talks = [s for s in f.document.sections if s.is_talk and s.title] if f else []
        want_t += len(exp["talks"])
        got_t += len(talks)
        got_s += sum(len(s.speakers) for s in talks)
        for talk in exp["talks"]:
            want_s += len(talk["speakers"])
            title = norm(talk["title"])
            best = max(talks, key=lambda s: fuzz.ratio(norm(s.title), title), default=None)
            if best is None or fuzz.ratio(norm(best.title), title) < SAME_TITLE:
                continue
            hit_t += 1
            hit_s += len({norm(n) for n in talk["speakers"]} & {norm(n) for n in best.speakers})
        if f is not None:
            files += 1
            events += norm(exp["event"] or "unknown event") == norm(f.document.meta.conference)
            dates += (exp["date"] or None) == f.document.meta.date
    return {
        "talks_precision": _ratio(hit_t, got_t),
        "talks_recall": _ratio(hit_t, want_t),
        "speakers_precision": _ratio(hit_s, got_s),
        "speakers_recall": _ratio(hit_s, want_s),
        "events_right": _ratio(events, files),
        "dates_right": _ratio(dates, files),
    }
