"""Talks, speakers, events and dates found in a folder of notes, against its expected.yaml.

Usage: python benchmarks/structure_eval.py FOLDER [CORPUS_SUBFOLDER] [--show]
Prints precision and recall; `--show` lists the differences file by file (never use it
on a sealed, held-out folder).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml
from rapidfuzz import fuzz

from bot.ingest.pipeline import parse_corpus


def norm(text: str | None) -> str:
    return " ".join(re.sub(r"[^\w ]+", " ", (text or "").lower()).split())


def main(root: Path, corpus: Path, show: bool) -> None:
    expected = yaml.safe_load((root / "expected.yaml").read_text())
    parsed = parse_corpus(corpus)
    got = {f.source: f for f in parsed.files}
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
            best = max(
                talks, key=lambda s: fuzz.ratio(norm(s.title), norm(talk["title"])), default=None
            )
            if best is None or fuzz.ratio(norm(best.title), norm(talk["title"])) < 90:
                continue
            hit_t += 1
            hit_s += len({norm(n) for n in talk["speakers"]} & {norm(n) for n in best.speakers})
        if f is not None:
            files += 1
            events += norm(exp["event"] or "unknown event") == norm(f.document.meta.conference)
            dates += (exp["date"] or None) == f.document.meta.date
        if show and f is not None:
            print(path, "|", f.document.meta.conference, f.document.meta.date)
            for s in talks:
                print("   ", s.title, s.speakers, s.code)

    def ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    print(
        f"talks precision {ratio(hit_t, got_t):.2f} recall {ratio(hit_t, want_t):.2f} | "
        f"speakers precision {ratio(hit_s, got_s):.2f} recall {ratio(hit_s, want_s):.2f} | "
        f"events {ratio(events, files):.2f} dates {ratio(dates, files):.2f} | "
        f"files {files}, skipped {len(parsed.skipped)}"
    )


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    root = Path(args[0])
    main(root, root / args[1] if len(args) > 1 else root, "--show" in sys.argv)
