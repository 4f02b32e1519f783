"""Layouts where each talk repeats the same labels, a slot or a state comes before the
title, and an abstract names its speaker after a sentence of context."""

from __future__ import annotations

from pathlib import Path

from bot.ingest.pipeline import parse_corpus

SERIES = """Harbour Infra Day 2025 notes

Rotterdam, 12 March 2025. Cold venue, good coffee.

# [A1] Budgets for Error Budgets
Speaker: Wilma de Groot

- error budgets only work when product owns them too
- monthly review, not quarterly

# [A2] Queues Are Databases Too
Speaker: Tomasz Lewicki

- a queue with a retention of 14 days is a database; back it up like one

# Sponsor hall — Flintgate booth

They sell a hosted queue. Got socks.

# [A3] Rewriting the Scheduler — CANCELLED
Speaker: Ana Beatriz Ramos

Speaker was ill.

# Q&A / hallway

- people asked about retention a lot
"""

DIARY = """## Wed 4 June 2025

Coldharbour Data Days. Writing this on the train.

**Morning: "Columnar Files in Practice" — Ruth Okafor**

- Parquet row groups of 128 MB worked best for them

**Afternoon: "Backfills Without Fear" — Leon Marchetti**

- every backfill runs twice: a dry run that only counts rows, then the real one
"""

ABSTRACTS = """# Quarry ML Night

### Serving Models on Spare Capacity

> Abstract: Spare capacity is cheap but it disappears without warning. In this talk,
> Ingrid Solberg (Fjellnet) will show how her team drains a node in ninety seconds.

- two-minute notices, drain first

### Labels Are a Product

> Abstract: Nobody budgets for labelling. Kwabena Asante and Maya Lindqvist walk through
> how they run annotation as a product with its own roadmap.

- one owner for the label taxonomy
"""

EMAIL = """From: Rui Costa <rui@example.org>
Date: Fri, 6 Jun 2025 09:12:00 +0100
Subject: Recap: Pinecone Web Days yesterday

Hi all, a quick recap of Pinecone Web Days yesterday.

"Islands in Practice" by Marta Kowal from Lumen was the best talk of the day.
"""


def _parsed(tmp_path: Path, name: str, text: str):  # type: ignore[no-untyped-def]
    (tmp_path / name).write_text(text, encoding="utf-8")
    return parse_corpus(tmp_path).files[0].document


def _talks(tmp_path: Path, name: str, text: str) -> list[tuple[str | None, list[str]]]:
    document = _parsed(tmp_path, name, text)
    return [(s.title, s.speakers) for s in document.sections if s.is_talk]


def test_headings_that_repeat_a_speaker_label_are_a_series_of_talks(tmp_path: Path) -> None:
    """The first heading's "Speaker:" line is that talk's, not the whole note's; a sponsor
    hall, a Q&A heading and a cancelled session are not talks."""
    assert _talks(tmp_path, "infra.md", SERIES) == [
        ("Budgets for Error Budgets", ["Wilma de Groot"]),
        ("Queues Are Databases Too", ["Tomasz Lewicki"]),
    ]


def test_a_time_of_day_slot_before_a_title_is_not_part_of_it(tmp_path: Path) -> None:
    titles = [title for title, _ in _talks(tmp_path, "diary.md", DIARY)]
    assert titles == ["Columnar Files in Practice", "Backfills Without Fear"]


def test_an_abstract_names_its_speakers_after_a_sentence_of_context(tmp_path: Path) -> None:
    assert _talks(tmp_path, "quarry.md", ABSTRACTS) == [
        ("Serving Models on Spare Capacity", ["Ingrid Solberg"]),
        ("Labels Are a Product", ["Kwabena Asante", "Maya Lindqvist"]),
    ]


def test_a_day_counted_back_is_not_part_of_the_event_name(tmp_path: Path) -> None:
    meta = _parsed(tmp_path, "recap.eml", EMAIL).meta
    assert (meta.conference, meta.date) == ("Pinecone Web Days 2025", "2025-06-05")
