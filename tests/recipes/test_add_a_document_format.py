"""Recipe: add a document format (docs/architecture.md). Done once here, for MediaWiki notes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.ingest import loaders
from bot.ingest.markdown import parse_markdown
from bot.ingest.outline import Outline
from bot.ingest.pipeline import corpus_files, parse_file

NOTE = """{{Infobox|title=DevConf Lisbon 2021|date=2021-03-04}}

== Caching at the edge ==
Speaker: Ana Silva
* Edge caches cut median latency by 40 ms.
* Stale-while-revalidate hides origin outages.

== Queues without tears ==
Speaker: Rui Costa
* Dead-letter queues need an owner and an alarm.
"""


def read_wiki(path: Path, data: bytes) -> Outline:
    """MediaWiki to the outline: infobox fields are front matter, `==` depth a heading level."""
    keys, lines = [], []
    for line in data.decode("utf-8").splitlines():
        box = re.match(r"\{\{Infobox\|(.*)\}\}", line)
        heading = re.match(r"(=+)\s*(.+?)\s*=+\s*$", line)
        if box:
            fields = (f.split("=", 1) for f in box.group(1).split("|") if "=" in f)
            keys += [f"{k.strip().lower()}: {v.strip()!r}" for k, v in fields]
        elif heading:
            lines.append(f"{'#' * len(heading.group(1))} {heading.group(2)}")
        else:
            lines.append(line)
    return parse_markdown("\n".join(["---", *keys, "---", *lines]))


def test_a_registered_reader_brings_its_files_into_the_corpus(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "devconf-lisbon-2021.wiki").write_text(NOTE, encoding="utf-8")
    assert corpus_files(tmp_path) == []  # unknown suffix: not a note yet
    monkeypatch.setitem(loaders.READERS, ".wiki", read_wiki)  # what `@reader(".wiki")` does
    (path,) = corpus_files(tmp_path)
    parsed = parse_file(path, {}, path.name)
    talks = {s.title: s.speakers for s in parsed.document.sections if s.is_talk}
    assert talks == {"Caching at the edge": ["Ana Silva"], "Queues without tears": ["Rui Costa"]}
    assert parsed.document.meta.conference.startswith("DevConf Lisbon")
    assert parsed.document.meta.date == "2021-03-04"
    assert not any("{{" in p.text or "==" in p.text for p in parsed.passages)
