"""Talks that notes name in running text, chat logs and outline bullets are found with
their speakers; quotes, remarks and someone's book are not talks."""

from __future__ import annotations

from pathlib import Path

from bot.ingest.pipeline import parse_corpus

MEETUP = """Rust Meetup Leeds, 9 October 2023

About 40 people in the upstairs room.

First up was Priya Natarajan from Copperleaf with a talk called "Async Without Tears". \
Their queue workers moved to Tokio and tail latency halved, from 80 ms to 40 ms.

Then Marcus Webb talked about embedded work. Title was "Shipping Rust to Microcontrollers". \
Firmware size went from 64 KB to 41 KB. He recommended Jon Gjengset's "Rust for Rustaceans".

Marcus said "Never trust a linker script you did not write" and everyone laughed.
"""

CHAT = """#meetup-notes
[2024-02-01 18:02] sam.k: here now, room is packed
[2024-02-01 18:05] sam.k: first talk: Hanna Berg, "Caching at the Edge"
[2024-02-01 18:07] sam.k: - hit ratio went from 71% to 93%
[2024-02-01 18:09] jo.p: nice
[2024-02-01 18:30] jo.p: Tomas Reyes from Ledgerly, "Queues Are Databases Too"
[2024-02-01 18:33] jo.p: - they replay 2 days of events after every incident
"""

OUTLINE = """devcon nrw 2019 - thu 7 nov 2019

* keynote (skipped)

* power budgets on small chips -- Greta Lindqvist, Voltwerk GmbH
  - sleep current 2 uA
  - coin cell lasts 6 years

* panel: RTOS or bare metal -- Omar Haddad (Sensra), Lena Vogt (independent), mod: Ian Price
  - Omar: bare metal below 32 KB flash
"""

HEADINGS = """# Cloud Days 2022

## [CD-07] Panel — Who Pays for Observability?

Anna Kowalski, Ben Ortiz and Chloe Martin argued about budgets.

## "Secrets Rotation in Practice" - Dr. Ines Duarte (CISO, Banco Tejo)

- rotation every 30 days
"""


def _talks(tmp_path: Path, name: str, text: str) -> list[tuple[str | None, list[str]]]:
    (tmp_path / name).write_text(text, encoding="utf-8")
    parsed = parse_corpus(tmp_path).files[0]
    return [(s.title, s.speakers) for s in parsed.document.sections if s.is_talk]


def test_talks_introduced_in_prose_are_found_and_remarks_and_books_are_not(
    tmp_path: Path,
) -> None:
    assert _talks(tmp_path, "leeds.txt", MEETUP) == [
        ("Async Without Tears", ["Priya Natarajan"]),
        ("Shipping Rust to Microcontrollers", ["Marcus Webb"]),
    ]


def test_a_chat_log_loses_its_timestamps_and_handles_and_keeps_its_talks(tmp_path: Path) -> None:
    (tmp_path / "chat.txt").write_text(CHAT, encoding="utf-8")
    parsed = parse_corpus(tmp_path).files[0]
    talks = [(s.title, s.speakers) for s in parsed.document.sections if s.is_talk]
    assert talks == [
        ("Caching at the Edge", ["Hanna Berg"]),
        ("Queues Are Databases Too", ["Tomas Reyes"]),
    ]
    text = "\n".join(p.text for p in parsed.passages)
    assert "hit ratio went from 71% to 93%" in text
    assert "sam.k" not in text and "18:07" not in text


def test_outline_bullets_with_double_dashes_are_talks_and_a_moderator_is_a_speaker(
    tmp_path: Path,
) -> None:
    assert _talks(tmp_path, "devcon.txt", OUTLINE) == [
        ("power budgets on small chips", ["Greta Lindqvist"]),
        ("RTOS or bare metal", ["Omar Haddad", "Lena Vogt", "Ian Price"]),
    ]


def test_bracketed_codes_kind_labels_quotes_and_a_firm_in_brackets_leave_the_title(
    tmp_path: Path,
) -> None:
    (tmp_path / "cloud.md").write_text(HEADINGS, encoding="utf-8")
    parsed = parse_corpus(tmp_path).files[0]
    talks = [s for s in parsed.document.sections if s.is_talk]
    assert [(s.code, s.title) for s in talks] == [
        ("CD-07", "Who Pays for Observability?"),
        (None, "Secrets Rotation in Practice"),
    ]
    assert talks[1].speakers == ["Ines Duarte"]


EMAIL = (
    "From: Ana Lima <ana@example.org>\nTo: guild@example.org\n"
    "Date: Fri, 13 Apr 2018 09:14:22 +0200\nSubject: Notes: Secure Days Utrecht\n"
    'Content-Type: text/plain; charset="utf-8"\n\n'
    "Hi all, notes from Secure Days Utrecht, Thursday 12 April at the Jaarbeurs.\n\n"
    '1) "Supply Chain Attacks on npm", presented by Joost Hendriks (Veilig BV)\n\n'
    "- 212 of the top packages call the network on install\n\n"
    '2) "Secrets in CI", presented by Amara Okonkwo and Lars Petersen\n\n'
    "- 43 live credentials in public build logs\n"
)


def test_a_saved_email_is_read_with_its_subject_date_and_talks(tmp_path: Path) -> None:
    (tmp_path / "fwd.eml").write_text(EMAIL, encoding="utf-8")
    parsed = parse_corpus(tmp_path).files[0]
    meta = parsed.document.meta
    assert (meta.conference, meta.date) == ("Secure Days Utrecht 2018", "2018-04-12")
    talks = [(s.title, s.speakers) for s in parsed.document.sections if s.is_talk]
    assert talks == [
        ("Supply Chain Attacks on npm", ["Joost Hendriks"]),
        ("Secrets in CI", ["Amara Okonkwo", "Lars Petersen"]),
    ]
