"""Org-mode, AsciiDoc and reStructuredText notes give the same talks, speakers, dates and
clean text as a markdown note would; their markup never reaches a passage."""

from __future__ import annotations

from pathlib import Path

from bot.ingest.pipeline import parse_corpus

ORG = """#+TITLE: Applied ML meetup, June 2019
#+DATE: <2019-06-12 Wed>

* Feature stores on a budget
  :PROPERTIES:
  :SPEAKER: Jana Novak
  :END:
They keep 180 features in Redis, see [[https://example.org][the slides]].
** TODO ask about expiry
* Drift alarms
  :PROPERTIES:
  :SPEAKER: Mehmet Kaya
  :END:
#+BEGIN_SRC python
alarm = psi > 0.2
#+END_SRC
"""

ADOC = """= Frontend Days 2022
Pat Doe
:date: 2022-10-05

== Shipping design tokens
Speaker: Lena Hoffmann

* Tokens live in one repository.
** Builds take 40 seconds.

NOTE: See link:https://example.org[the token spec].

----
npm run tokens
----
"""

RST = """================
KubeSec Day 2020
================

:Date: 2020-11-05

Supply chain hardening
======================

Speaker
   Olga Petrova

* Every image is signed; 14 clusters enforce it.

Runtime detection
=================

:Speaker: Tom Ibsen

Falco rules fired 300 times a day. ``falco -r rules.yaml``

.. include:: /etc/passwd
"""


def _parsed(tmp_path: Path, name: str, text: str):  # type: ignore[no-untyped-def]
    (tmp_path / name).write_text(text, encoding="utf-8")
    return parse_corpus(tmp_path).files[0]


def _talks(parsed) -> list[tuple[str | None, list[str]]]:  # type: ignore[no-untyped-def]
    return [(s.title, s.speakers) for s in parsed.document.sections if s.is_talk]


def test_org_headings_are_talks_with_speakers_from_their_property_drawers(tmp_path: Path) -> None:
    parsed = _parsed(tmp_path, "meetup.org", ORG)
    assert _talks(parsed) == [
        ("Feature stores on a budget", ["Jana Novak"]),
        ("Drift alarms", ["Mehmet Kaya"]),
    ]
    assert parsed.document.meta.date == "2019-06-12"
    text = "\n".join(p.text for p in parsed.passages)
    assert "They keep 180 features in Redis, see the slides." in text
    for markup in ("#+", "[[", ":PROPERTIES:", ":END:", "TODO"):
        assert markup not in text


def test_asciidoc_header_gives_the_date_and_sections_the_talks(tmp_path: Path) -> None:
    parsed = _parsed(tmp_path, "frontend.adoc", ADOC)
    assert _talks(parsed) == [("Shipping design tokens", ["Lena Hoffmann"])]
    assert parsed.document.meta.date == "2022-10-05"
    text = "\n".join(p.text for p in parsed.passages)
    assert "Builds take 40 seconds." in text and "the token spec" in text
    for markup in ("==", ":date:", "link:", "----", "**"):
        assert markup not in text


def test_rst_fields_and_definition_lists_name_speakers_and_nothing_is_included(
    tmp_path: Path,
) -> None:
    parsed = _parsed(tmp_path, "kubesec.rst", RST)
    assert _talks(parsed) == [
        ("Supply chain hardening", ["Olga Petrova"]),
        ("Runtime detection", ["Tom Ibsen"]),
    ]
    assert parsed.document.meta.date == "2020-11-05"
    text = "\n".join(p.text for p in parsed.passages)
    assert "Every image is signed; 14 clusters enforce it." in text
    assert "root:" not in text  # `.. include::` is switched off, not read from disk
    for markup in ("====", "``", ".. ", ":Speaker:"):
        assert markup not in text


WIKI = """{{Infobox conference report
| event    = API Days Bergen 2022
| date     = 2022-11-03
| author   = [[User:Kari.N|Kari Nilsen]]
}}
[[Category:Conference reports]]

== Sessions ==

=== Designing APIs for deprecation ===
'''Speaker:''' Oskar Lind (Fjordbank)<br/>
'''Slot:''' opening talk

* Every version ships with a sunset date; at least <code>12 months</code> notice.
** Usage per client tells them who still calls it.

=== Rate limits people like ===
'''Speakers:''' Tove Berg and Ali Demir

{| class="wikitable"
! Limit !! Value
|-
| reads || 100 per second
|}
"""


def test_a_wiki_pages_infobox_dates_it_and_its_headings_are_the_talks(tmp_path: Path) -> None:
    parsed = _parsed(tmp_path, "API_Days.wiki", WIKI)
    assert _talks(parsed) == [
        ("Designing APIs for deprecation", ["Oskar Lind"]),
        ("Rate limits people like", ["Tove Berg", "Ali Demir"]),
    ]
    assert parsed.document.meta.conference == "API Days Bergen 2022"
    assert parsed.document.meta.date == "2022-11-03"
    text = "\n".join(p.text for p in parsed.passages)
    assert "at least 12 months notice" in text and "reads | 100 per second" in text
    for markup in ("'''", "[[", "{{", "<br", "<code>", "Category:", "=="):
        assert markup not in text
