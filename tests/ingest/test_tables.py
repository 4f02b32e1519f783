"""Tables that PDF extraction flattened cell by cell come back as one bullet per row."""

from __future__ import annotations

from bot.ingest.clean import clean_text
from bot.ingest.tables import rebuild_tables

TWO_COLUMNS = [
    "A queue can be read in several ways:",
    "Mode",
    "",
    "Description",
    "",
    "Short",
    "",
    "Returns at once, even when",
    "the queue is empty.",
    "",
    "Long",
    "",
    "Waits up to 20 seconds for a",
    "message to arrive.",
    "",
    "Most consumers should use long polling, which costs fewer requests and returns as soon as",
    "a message arrives.",
]


def test_a_two_column_table_becomes_bullets_under_its_lead_in() -> None:
    out = rebuild_tables(TWO_COLUMNS)
    assert out[0] == "A queue can be read in several ways:"
    assert out[1:3] == [
        "• Short: Returns at once, even when the queue is empty.",
        "• Long: Waits up to 20 seconds for a message to arrive.",
    ]
    assert out[3:] == ["", "", *TWO_COLUMNS[-2:]]  # the prose after the table is untouched


def test_columns_are_labelled_and_keys_may_hold_figures() -> None:
    lines = ["Size", "", "Cores", "", "Good For", "", "A1", "", "2", "", "Tests", "", "B4"]
    lines += ["", "16", "", "Batch jobs", "", "This ends the chapter with a long line of prose."]
    out = rebuild_tables(lines)
    assert out[:2] == ["• A1: Cores: 2; Good For: Tests.", "• B4: Cores: 16; Good For: Batch jobs."]


def test_headings_and_prose_are_not_a_table() -> None:
    lines = [
        "Getting Started",
        "",
        "Core Ideas",
        "",
        "Buckets hold objects and live in one region.",
    ]
    lines += ["", "Regions", "", "A region is a set of data centres close together."]
    assert rebuild_tables(lines) == lines


def test_a_wide_prose_cell_ends_the_table() -> None:
    lines = ["Tier", "", "Use", "", "Hot", "", "Daily reads", "", "Cold", ""]
    lines += ["In this case the cold tier is cheaper, as the text of the page runs on for a while"]
    lines += ["and says more.", "", "Rare", "", "Yearly"]
    assert rebuild_tables(lines) == lines  # one row only: not enough for a table


def test_only_hard_wrapped_text_is_rebuilt() -> None:
    notes = "\n".join(TWO_COLUMNS)  # too short to look like PDF text: left alone
    assert not any(line.startswith("• Short") for line in clean_text(notes))


def test_rows_without_a_header_under_a_lead_in() -> None:
    lines = ["Disks come in three kinds:", "Fast", "Tier", "", "For busy databases. Up to"]
    lines += ["9,000 reads a second.", "", "Cold", "", "For archives that are rarely read."]
    lines += ["", "Plain prose follows, running on across the whole width of the page as usual."]
    out = rebuild_tables(lines)
    assert out[1:3] == [
        "• Fast Tier: For busy databases. Up to 9,000 reads a second.",
        "• Cold: For archives that are rarely read.",
    ]
    assert out[-1] == lines[-1]


def test_label_and_figure_pairs_are_left_to_the_label_joiner() -> None:
    lines = ["Limits per account:", "Queues", "", "500", "", "Topics", "", "100", "", "Done."]
    assert rebuild_tables(lines) == lines
