"""An event's name out of a note's title or property line, without the words around it."""

from __future__ import annotations

from pathlib import Path

from bot.ingest.events import event_in_title
from bot.ingest.pipeline import parse_corpus


def test_the_name_inside_a_titles_sentence_is_the_event() -> None:
    assert event_in_title("Three talks from Strange Loop 2018") == "Strange Loop 2018"
    assert event_in_title("droidcon London 2024") == "droidcon London 2024"  # a lower-case brand
    assert event_in_title("GOTO Amsterdam 2022 — shared notes") == "GOTO Amsterdam 2022"


def test_a_date_heading_names_no_event() -> None:
    assert event_in_title("Wed 10 Aug 2022") is None
    assert event_in_title("Tuesday, 4 June 2019") is None


def test_the_place_after_the_year_is_not_part_of_the_name(tmp_path: Path) -> None:
    (tmp_path / "db-notes.md").write_text(
        "# Database day notes\n\n**Event:** Relational Days 2024, Athens\n\n"
        "## Upgrades without downtime\n\nSpeaker: Ana Lima\n\nLogical replication all the way.\n"
    )
    document = parse_corpus(tmp_path).files[0].document
    assert document.meta.conference == "Relational Days 2024"
