"""Recipe: add a document format (docs/architecture.md). Done once here, for Textile notes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.ingest import loaders
from bot.ingest.markdown import parse_markdown
from bot.ingest.outline import Outline
from bot.ingest.pipeline import corpus_files, parse_file

NOTE = """title. DevConf Lisbon 2021
date. 2021-03-04

h2. Caching at the edge

Speaker: Ana Silva
* Edge caches cut median latency by 40 ms.
* Stale-while-revalidate hides origin outages.

h2. Queues without tears

Speaker: Rui Costa
* Dead-letter queues need an owner and an alarm.
"""


def read_textile(path: Path, data: bytes) -> Outline:
    """Textile to the outline: `title.`/`date.` lines are front matter, `hN.` a heading."""
    keys, lines = [], []
    for line in data.decode("utf-8").splitlines():
        field = re.match(r"(title|date)\.\s+(.+)$", line)
        heading = re.match(r"h([1-6])\.\s+(.+)$", line)
        if field:
            keys.append(f"{field.group(1)}: {field.group(2).strip()!r}")
        elif heading:
            lines.append(f"{'#' * int(heading.group(1))} {heading.group(2)}")
        else:
            lines.append(line)
    return parse_markdown("\n".join(["---", *keys, "---", *lines]))


def test_a_registered_reader_brings_its_files_into_the_corpus(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "devconf-lisbon-2021.textile").write_text(NOTE, encoding="utf-8")
    assert corpus_files(tmp_path) == []  # unknown suffix: not a note yet
    monkeypatch.setitem(loaders.READERS, ".textile", read_textile)  # `@reader(".textile")`
    (path,) = corpus_files(tmp_path)
    parsed = parse_file(path, {}, path.name)
    talks = {s.title: s.speakers for s in parsed.document.sections if s.is_talk}
    assert talks == {"Caching at the edge": ["Ana Silva"], "Queues without tears": ["Rui Costa"]}
    assert parsed.document.meta.conference.startswith("DevConf Lisbon")
    assert parsed.document.meta.date == "2021-03-04"
    assert not any("h2." in p.text or "title." in p.text for p in parsed.passages)
