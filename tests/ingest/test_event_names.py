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


def test_an_email_is_about_the_event_its_subject_names_on_the_day_its_body_says(
    tmp_path: Path,
) -> None:
    (tmp_path / "fwd-notes.txt").write_text(
        "From: Ola Berg <ola@example.org>\nTo: Team <team@example.org>\n"
        "Date: Mon, 20 Mar 2023 09:12:00 +0100\nSubject: Fwd: Nordic Infra Days 2023 notes\n\n"
        "Hi all, notes below.\n\nNordic Infra Days 2023, Oslo Spektrum, 16 March 2023\n\n"
        "- terraform drift checks run every hour\n"
    )
    meta = parse_corpus(tmp_path).files[0].document.meta
    assert (meta.conference, meta.date) == ("Nordic Infra Days 2023", "2023-03-16")


def test_a_file_names_shorthand_gives_way_to_the_notes_fuller_name(tmp_path: Path) -> None:
    folder = tmp_path / "webfest-ams-2024"
    folder.mkdir()
    (folder / "day-2.md").write_text(
        "**WebFest Amsterdam 2024, second day**\n\n## Fonts are heavy\n\n"
        "Speaker: Ana Lima\n\n- fonts went from 410 KB to 95 KB\n"
    )
    (tmp_path / "data-ai-conf-2021.md").write_text(
        "# Thursday\n\nBack at Data + AI Conf 2021 for day two.\n\n- lakehouse everything\n"
    )
    events = {f.source: f.document.meta.conference for f in parse_corpus(tmp_path).files}
    assert events["webfest-ams-2024/day-2.md"] == "WebFest Amsterdam 2024"
    assert events["data-ai-conf-2021.md"] == "Data AI Conf 2021"  # not the shorter "AI Conf"


def test_where_the_event_was_comes_from_the_notes_own_fields(tmp_path: Path) -> None:
    (tmp_path / "front.md").write_text(
        "---\nevent: ViewPort Conf 2022\nlocation: Lyon, France\ndate: 2022-10-06\n---\n"
        "# Day one\n\n## Islands everywhere\n\nSpeaker: Lena Hoffmann\n\nShip less JavaScript.\n"
    )
    (tmp_path / "plain.md").write_text(
        "# Meetup notes\n\n**Event:** Rust Vienna 2024\n\nTalked about embassy.\n"
    )
    docs = {f.source: f.document.meta for f in parse_corpus(tmp_path).files}
    assert docs["front.md"].venue == "Lyon, France"
    assert docs["front.md"].conference == "ViewPort Conf 2022"
    assert docs["plain.md"].venue is None  # no field says where: nothing is made up


def test_a_recap_dated_when_written_counts_back_to_the_day_it_names() -> None:
    from bot.ingest.events import relative_to

    monday = "2024-01-22"  # a Monday
    assert relative_to(monday, "a summary of last Thursday's brown bag") == "2024-01-18"
    assert relative_to(monday, "Thursday's talks were both about deleting things") == "2024-01-18"
    assert relative_to(monday, "last Monday we met") == "2024-01-15"  # a week back, not today
    assert relative_to("2023-06-15", "Notes from yesterday's sessions") == "2023-06-14"
    assert relative_to(monday, "the talks were great") == monday  # nothing counts back
    assert relative_to(None, "yesterday") is None


def test_an_email_recap_of_yesterday_is_dated_the_day_before_it_was_sent(tmp_path: Path) -> None:
    (tmp_path / "recap.eml").write_text(
        "From: Ana Lima <ana@example.com>\n"
        "To: team@example.com\n"
        "Subject: Notes from the Quillcon day\n"
        "Date: Thu, 15 Jun 2023 18:02:11 +0200\n\n"
        "Hi all, a few notes from yesterday's sessions at Quillcon.\n\n"
        "The keynote was about shipping smaller changes more often.\n"
    )
    document = parse_corpus(tmp_path).files[0].document
    assert document.meta.date == "2023-06-14"


def test_words_after_the_year_in_a_file_name_say_what_the_file_is(tmp_path: Path) -> None:
    (tmp_path / "gophers-north-2023-what-i-learned.md").write_text(
        "Three things stuck with me.\n\n- generics are used sparingly\n"
    )
    assert parse_corpus(tmp_path).files[0].document.meta.conference == "Gophers North 2023"


def test_an_edition_number_or_a_double_dash_and_no_chip_name_make_the_event() -> None:
    assert event_in_title("WebPerf Leeds #12 :: lightning talk night") == "WebPerf Leeds #12"
    assert event_in_title("OpsHarbor 2021 -- Conference Notes") == "OpsHarbor 2021"
    assert event_in_title("Blinking LEDs: embedded Rust on the RP2040") is None  # not a year


def test_a_file_name_without_a_year_gives_way_to_the_notes_dated_name(tmp_path: Path) -> None:
    (tmp_path / "ai-forum-oslo-panel.md").write_text(
        "## AI Forum Oslo 2024 — Panel notes\n\nModerator: Helena Strand\n\n- audits need access\n"
    )
    assert parse_corpus(tmp_path).files[0].document.meta.conference == "AI Forum Oslo 2024"
